defmodule H do
  def seq(a, b) when a > b, do: []
  def seq(a, b), do: [a | seq(a + 1, b)]
  def dup(_s, 0), do: ""
  def dup(s, n), do: s <> dup(s, n - 1)
  def bin(list), do: Enum.reduce(list, "", fn x, acc -> acc <> <<x>> end)
  def nest(x, 0), do: x
  def nest(x, n), do: nest([x], n - 1)
end

IO.inspect(1.0)
IO.inspect(0.1)
IO.inspect(-2.5)
IO.inspect(1.0e20)
IO.inspect(1.0e-10)
IO.inspect(123456789.0)
IO.inspect(1.0e16)
IO.inspect([1.5, 2.25, 3.125, 1.0e100])
IO.inspect(Enum.map(H.seq(1, 20), fn i -> i / 3 end))
