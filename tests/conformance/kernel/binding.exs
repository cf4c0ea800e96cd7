# Kernel.binding/0,1: the variables bound here, sorted by name.
IO.inspect(binding())
b = 2
a = 1
_c = 3
IO.inspect(binding())
f = fn x -> binding() end
IO.inspect(f.(9) |> Keyword.delete(:f))
b = :rebound
IO.inspect(binding() |> Keyword.take([:a, :b]))
defmodule Bind do
  def g(z, y), do: binding()
  def h(q) do
    x = q
    {binding(), binding(Bind)}
  end
  def inner(v) do
    Enum.map([1, 2], fn i -> binding() end)
  end
  def cased(t) do
    case t do
      {m, n} -> binding()
    end
  end
end
IO.inspect(Bind.g(1, 2))
IO.inspect(Bind.h(5))
IO.inspect(Bind.inner(:v))
IO.inspect(Bind.cased({:m, :n}))
IO.inspect(Keyword.keys(binding()))
