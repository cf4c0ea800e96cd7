# function_exported?/3 follows the current version.
Code.compile_string("""
defmodule CV.Exp do
  def kept, do: 1
  def dropped, do: 1
end
""")

check = fn label ->
  IO.inspect(
    for(f <- [:kept, :dropped, :added], do: {f, function_exported?(CV.Exp, f, 0)}),
    label: label
  )
end

check.("v1")

Code.compile_string("""
defmodule CV.Exp do
  def kept, do: 2
  def added, do: 2
end
""")

check.("v2")
IO.inspect(Enum.sort(CV.Exp.module_info(:exports)), label: "exports (sorted)")

try do
  CV.Exp.dropped()
rescue
  e in UndefinedFunctionError -> IO.puts(Exception.message(e))
end

:code.purge(CV.Exp)
check.("after purge")
:code.delete(CV.Exp)
check.("after delete")
:code.purge(CV.Exp)
check.("after delete and purge")
IO.inspect(Code.ensure_loaded?(CV.Exp), label: "ensure_loaded?")
