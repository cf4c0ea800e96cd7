defmodule NeedsRequire do
  defmacro m(x), do: x
end

defmodule Forgot do
  def f, do: NeedsRequire.m(1)
end

try do
  Forgot.f()
rescue
  UndefinedFunctionError -> IO.puts("undefined function")
end
