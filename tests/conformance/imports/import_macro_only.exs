defmodule Macros do
  defmacro m1(x), do: quote(do: unquote(x) + 1)
  defmacro m2(x), do: quote(do: unquote(x) + 2)
  def f(x), do: x
end

defmodule UsesM1 do
  import Macros, only: [m1: 1, f: 1]
  def a, do: m1(10)
  def b, do: f(5)
end

IO.inspect(UsesM1.a())
IO.inspect(UsesM1.b())
