# System: environment variables (the rest of System is native:
# runtime/builtins/system.cpp and time.cpp).
defmodule System do
  def get_env(varname, default \\ nil) when is_binary(varname) and (is_binary(default) or is_nil(default)) do
    case :os.getenv(String.to_charlist(varname)) do
      false -> default
      other -> List.to_string(other)
    end
  end

  def fetch_env(varname) when is_binary(varname) do
    case :os.getenv(String.to_charlist(varname)) do
      false -> :error
      other -> {:ok, List.to_string(other)}
    end
  end

  def fetch_env!(varname) when is_binary(varname) do
    get_env(varname) || raise(System.EnvError, env: varname)
  end

  def put_env(varname, value) when is_binary(varname) and is_binary(value) do
    case :binary.match(varname, "=") do
      {_, _} ->
        raise ArgumentError, "cannot execute System.put_env/2 for key with \"=\", got: #{inspect(varname)}"

      :nomatch ->
        :os.putenv(String.to_charlist(varname), String.to_charlist(value))
        :ok
    end
  end

  def put_env(enum) do
    Enum.each(enum, fn {key, val} -> put_env(key, val) end)
  end

  def delete_env(varname) when is_binary(varname) do
    :os.unsetenv(String.to_charlist(varname))
    :ok
  end

  def version, do: "1.14.0"
  def otp_release, do: "25"
  def endianness, do: :little
  def compiled_endianness, do: :little

  def tmp_dir do
    Enum.find_value(["TMPDIR", "TEMP", "TMP"], fn var ->
      case get_env(var) do
        nil -> nil
        dir -> if File.dir?(dir), do: dir
      end
    end) || if(File.dir?("/tmp"), do: "/tmp")
  end

  def tmp_dir! do
    tmp_dir() ||
      raise RuntimeError,
        message: "could not get a writable temporary directory, please set the TMPDIR environment variable"
  end

  def get_env do
    Enum.into(:os.getenv(), %{}, fn var ->
      var = IO.chardata_to_string(var)
      [k, v] = String.split(var, "=", parts: 2)
      {k, v}
    end)
  end

  def cwd do
    case File.cwd() do
      {:ok, dir} -> dir
      _ -> nil
    end
  end

  def cwd!, do: cwd() || raise(RuntimeError, message: "could not get a current working directory, the current location is not accessible")

  def user_home, do: get_env("HOME")

  def user_home! do
    user_home() || raise RuntimeError, message: "could not find the user home, please set the HOME environment variable"
  end

  def pid, do: List.to_string(:os.getpid())
  def get_pid, do: pid()
  def schedulers, do: :erlang.system_info(:schedulers)
  def schedulers_online, do: :erlang.system_info(:schedulers_online)

  def build_info do
    %{build: "1.14.0 (compiled with Erlang/OTP 25)", date: "2022-09-01T00:00:00Z", otp_release: "25", revision: "", version: "1.14.0"}
  end

  def find_executable(program) when is_binary(program) do
    case :os.find_executable(String.to_charlist(program)) do
      false -> nil
      path -> List.to_string(path)
    end
  end

  # System.cmd/3 and shell/2: the program runs to its end on a dirty thread
  # (runtime/builtins/os.cpp, no port), its output handed to the
  # Collectable in one piece.
  def cmd(command, args, opts \\ []) when is_binary(command) and is_list(args) do
    assert_no_null_byte!(command, "System.cmd/3")

    unless Enum.all?(args, &is_binary/1) do
      raise ArgumentError, "all arguments for System.cmd/3 must be binaries"
    end

    path =
      if Path.type(command) == :absolute do
        command
      else
        case :os.find_executable(String.to_charlist(command)) do
          false -> :erlang.error(:enoent, [command, args, opts])
          found -> List.to_string(found)
        end
      end

    run(path, args, opts)
  end

  def shell(command, opts \\ []) when is_binary(command) do
    assert_no_null_byte!(command, "System.shell/2")
    sh = :os.find_executable('sh') || :erlang.error(:enoent, [command, opts])
    run(List.to_string(sh), ["-c", "(#{command}\n) </dev/null"], opts)
  end

  defp assert_no_null_byte!(binary, operation) do
    case :binary.match(binary, "\0") do
      {_, _} ->
        raise ArgumentError,
              "cannot execute #{operation} for program with null byte, got: #{inspect(binary)}"

      :nomatch ->
        binary
    end
  end

  defp run(path, args, opts) do
    {into, cd, env, stderr, arg0} = cmd_opts(opts, {"", nil, [], false, nil})
    {initial, fun} = Collectable.into(into)

    case :vial.run_executable(path, args, cd, env, stderr, arg0) do
      {:ok, output, status} ->
        acc = if output == "", do: initial, else: fun.(initial, {:cont, output})
        {fun.(acc, :done), status}

      {:error, reason} ->
        fun.(initial, :halt)
        :erlang.error(reason)
    end
  end

  defp cmd_opts([{:into, any} | t], {_, cd, env, err, arg0}), do: cmd_opts(t, {any, cd, env, err, arg0})
  defp cmd_opts([{:cd, bin} | t], {into, _, env, err, arg0}) when is_binary(bin), do: cmd_opts(t, {into, bin, env, err, arg0})
  defp cmd_opts([{:arg0, bin} | t], {into, cd, env, err, _}) when is_binary(bin), do: cmd_opts(t, {into, cd, env, err, bin})
  defp cmd_opts([{:stderr_to_stdout, b} | t], {into, cd, env, _, arg0}) when is_boolean(b), do: cmd_opts(t, {into, cd, env, b, arg0})
  defp cmd_opts([{:parallelism, b} | t], acc) when is_boolean(b), do: cmd_opts(t, acc)
  defp cmd_opts([{:env, enum} | t], {into, cd, env, err, arg0}), do: cmd_opts(t, {into, cd, env ++ validate_env(enum), err, arg0})
  defp cmd_opts([{key, val} | _], _acc), do: raise(ArgumentError, "invalid option #{inspect(key)} with value #{inspect(val)}")
  defp cmd_opts([], acc), do: acc

  defp validate_env(enum) do
    Enum.map(enum, fn
      {k, nil} -> {to_string(k), nil}
      {k, v} -> {to_string(k), to_string(v)}
      other -> raise ArgumentError, "invalid environment key-value #{inspect(other)}"
    end)
  end
end
