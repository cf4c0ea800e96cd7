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

  # The reader is native (string_to_quoted!/1); options other than the
  # defaults are not supported yet (docs/compat.md).
  def string_to_quoted!(string, _opts), do: Code.string_to_quoted!(string)

  def string_to_quoted(string, opts \\ []) do
    try do
      {:ok, Code.string_to_quoted!(string, opts)}
    rescue
      e -> {:error, {[line: Map.get(e, :line)], Exception.message(e), ""}}
    end
  end

end
