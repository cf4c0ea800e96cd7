# :code.delete/1 makes the current version old: no more calls reach it.
Code.compile_string("""
defmodule CV.Del do
  def hello, do: :hi
end
""")

IO.inspect(function_exported?(CV.Del, :hello, 0), label: "exported")
IO.inspect(:code.delete(CV.Del), label: "delete")
IO.inspect(:code.is_loaded(CV.Del), label: "is_loaded")
IO.inspect(function_exported?(CV.Del, :hello, 0), label: "exported")
IO.inspect(:erlang.check_old_code(CV.Del), label: "old code")
IO.inspect(Code.ensure_loaded(CV.Del), label: "ensure_loaded")

try do
  apply(CV.Del, :hello, [])
rescue
  e in UndefinedFunctionError -> IO.puts(Exception.message(e))
end

IO.inspect(:code.soft_purge(CV.Del), label: "soft_purge")
IO.inspect(:erlang.check_old_code(CV.Del), label: "old code")
IO.inspect(:code.delete(CV.Del), label: "delete with nothing left")
IO.inspect(:code.purge(CV.Del), label: "purge")
# defined again after deletion: no old code
Code.compile_string("""
defmodule CV.Del do
  def hello, do: :again
end
""")

IO.inspect(CV.Del.hello())
IO.inspect(:erlang.check_old_code(CV.Del), label: "old code")
