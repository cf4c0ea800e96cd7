defmodule H do
  def seq(a, b) when a > b, do: []
  def seq(a, b), do: [a | seq(a + 1, b)]
  def dup(_s, 0), do: ""
  def dup(s, n), do: s <> dup(s, n - 1)
  def bin(list), do: Enum.reduce(list, "", fn x, acc -> acc <> <<x>> end)
  def nest(x, 0), do: x
  def nest(x, n), do: nest([x], n - 1)
end

IO.inspect([1 | 2])
IO.inspect([1, 2, 3 | :tail])
IO.inspect([[1] | [2]])
IO.inspect([:a | "b"])
IO.inspect(Enum.reduce(H.seq(1, 30), :end, fn x, acc -> [x | acc] end))
IO.inspect([1, 2 | 3], limit: 1)
IO.inspect([1, 2 | 3], limit: 2)
IO.inspect([1 | %{a: 1}])
