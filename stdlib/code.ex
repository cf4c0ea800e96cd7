# Code: the functions written in the language (eval_string, string_to_quoted
# and ensure_loaded are native, runtime/builtins/code.cpp).
defmodule Code.LoadError do
  defexception [:file, :message]
end

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
