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
end
