defmodule Math do
  def add(a, b), do: a + b
  def sub(a, b), do: a - b
  def neg(a), do: -a
end

defmodule OnlyUser do
  import Math, only: [add: 2, neg: 1]
  def f, do: add(1, neg(5))
end

IO.inspect(OnlyUser.f())
