defmodule H do
  def seq(a, b) when a > b, do: []
  def seq(a, b), do: [a | seq(a + 1, b)]
  def dup(_s, 0), do: ""
  def dup(s, n), do: s <> dup(s, n - 1)
  def bin(list), do: Enum.reduce(list, "", fn x, acc -> acc <> <<x>> end)
  def nest(x, 0), do: x
  def nest(x, n), do: nest([x], n - 1)
end

IO.inspect([[1, 2], [3, 4]])
IO.inspect(Enum.map(H.seq(1, 10), fn i -> [i, i + 1] end))
IO.inspect(Enum.map(H.seq(1, 4), fn i -> H.seq(i, i + 25) end))
IO.inspect([[], [[]], [[], []]])
IO.inspect([1, [2, [3, [4, [5, [6, [7, [8, [9, [10, [11, [12]]]]]]]]]]]])
