# Code: the functions written in the language (eval_string, string_to_quoted
# and ensure_loaded are native, runtime/builtins/code.cpp; Code.LoadError is
# in exception.ex).
defmodule Code do
  # Code.require_file/1,2 and compile_file/1,2: the file runs as a script in
  # the calling process (:vial.compile_file/2 compiles it into a module of
  # its own); the result is the modules it defined, with an empty binary
  # each (Vial has no BEAM files). require_file runs a file once.
  def require_file(file, relative_to \\ nil) do
    path = Path.expand(file, relative_to || File.cwd!())
    required = Process.get(:vial_required_files) || []

    if path in required do
      nil
    else
      Process.put(:vial_required_files, [path | required])
      compile_file(file, relative_to)
    end
  end

  def compile_file(file, relative_to \\ nil) do
    path = Path.expand(file, relative_to || File.cwd!())
    {mark, _} = :vial.defined_modules(1_000_000_000_000)
    module = :vial.compile_file(path, Path.relative_to_cwd(path))
    apply(module, :__FILE__, [nil])
    {_, defined} = :vial.defined_modules(mark)
    for {mod, _file} <- defined, do: {mod, ""}
  end

  def eval_file(file, relative_to \\ nil) do
    path = Path.expand(file, relative_to || File.cwd!())
    module = :vial.compile_file(path, Path.relative_to_cwd(path))
    {apply(module, :__FILE__, [nil]), []}
  end

  def required_files, do: Enum.reverse(Process.get(:vial_required_files) || [])

  # Code.compile_string/2 and compile_quoted/2: the code runs as
  # Code.eval_string does, and the result is the modules it defined, with
  # an empty binary each (Vial has no BEAM files).
  def compile_string(string, file \\ "nofile") when is_binary(file) do
    compiled(fn -> Code.eval_string(string, [], file: file) end)
  end

  def compile_quoted(quoted, file \\ "nofile") when is_binary(file) do
    compiled(fn -> Code.eval_quoted(quoted, [], file: file) end)
  end

  defp compiled(run) do
    {mark, _} = :vial.defined_modules(1_000_000_000_000)
    run.()
    {_, defined} = :vial.defined_modules(mark)
    for {mod, _file} <- defined, do: {mod, ""}
  end

  # The reader is native (:vial.string_to_quoted/3); of the options, file:
  # and line: are read, the others ignored (docs/compat.md).
  def string_to_quoted!(string, opts) when is_binary(string) and is_list(opts),
    do: :vial.string_to_quoted(string, Keyword.get(opts, :file, "nofile"), Keyword.get(opts, :line, 1))

  # The error is {location, message, token}, as Elixir's: "syntax error
  # before: " keeps its token apart.
  def string_to_quoted(string, opts \\ []) do
    try do
      {:ok, Code.string_to_quoted!(string, opts)}
    rescue
      e in [SyntaxError, TokenMissingError] ->
        location = if e.column, do: [line: e.line, column: e.column], else: [line: e.line]

        case e.description do
          "syntax error before: " <> token -> {:error, {location, "syntax error before: ", token}}
          "unexpected token: " <> token -> {:error, {location, "unexpected token: ", token}}
          description -> {:error, {location, description, ""}}
        end
    end
  end

end

# The waiting half of :code.purge/1, soft_purge/1 and
# erlang:check_process_code/2 (runtime/builtins/code.cpp): the builtin asked
# every process to check itself; this polls the job until it is over
# (docs/bytecode.md "Code versions"). purge_then_compile/5 is what
# defmodule does when the module has old code: purge it, then load.
defmodule :vial_code do
  def purge_wait(id) do
    case :vial.purge_step(id) do
      :wait ->
        receive do
        after
          1 -> purge_wait(id)
        end

      result ->
        result
    end
  end

  # The caller ran the purged code itself: once the purge is over (for the
  # others too) it dies, as OTP's code server kills it; its stack points
  # into freed code, so nothing may return or raise into it.
  def purge_then_die(id) do
    purge_wait(id)
    Process.exit(self(), :kill)
  end

  def purge_then_compile(id, name, body, file, false) do
    purge_wait(id)
    :elixir_module.compile(name, body, file)
  end

  def purge_then_compile(id, name, body, file, true) do
    purge_wait(id)

    try do
      :elixir_module.compile(name, body, file)
    catch
      _, _ -> :ok
    end

    Process.exit(self(), :kill)
  end
end
