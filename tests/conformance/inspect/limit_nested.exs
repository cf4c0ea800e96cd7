defmodule H do
  def seq(a, b) when a > b, do: []
  def seq(a, b), do: [a | seq(a + 1, b)]
  def dup(_s, 0), do: ""
  def dup(s, n), do: s <> dup(s, n - 1)
  def bin(list), do: Enum.reduce(list, "", fn x, acc -> acc <> <<x>> end)
  def nest(x, 0), do: x
  def nest(x, n), do: nest([x], n - 1)
end

IO.inspect([[1, 2, 3], [4, 5, 6], [7, 8, 9]], limit: 3)
IO.inspect([[1, 2, 3], [4, 5, 6], [7, 8, 9]], limit: 5)
IO.inspect(%{a: [1, 2, 3], b: {4, 5, 6}}, limit: 3)
IO.inspect({[1, 2], [3, 4], [5, 6]}, limit: 2)
IO.inspect([a: [b: [c: [d: 1]]]], limit: 2)
IO.inspect(H.nest(:x, 60))
IO.inspect(H.nest(:x, 10), limit: 4)
IO.inspect(Enum.map(H.seq(1, 30), fn i -> H.seq(1, i) end), limit: 8)
