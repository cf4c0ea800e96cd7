defmodule H do
  def seq(a, b) when a > b, do: []
  def seq(a, b), do: [a | seq(a + 1, b)]
  def dup(_s, 0), do: ""
  def dup(s, n), do: s <> dup(s, n - 1)
  def bin(list), do: Enum.reduce(list, "", fn x, acc -> acc <> <<x>> end)
  def nest(x, 0), do: x
  def nest(x, n), do: nest([x], n - 1)
end

IO.inspect(H.seq(1, 10), limit: 0)
IO.inspect(H.seq(1, 10), limit: 1)
IO.inspect(H.seq(1, 10), limit: 9)
IO.inspect(H.seq(1, 10), limit: 10)
IO.inspect(H.seq(1, 100), limit: 60)
IO.inspect([a: 1, b: 2, c: 3], limit: 2)
IO.inspect(["a", "b", "c"], limit: 1)
IO.inspect([], limit: 0)
