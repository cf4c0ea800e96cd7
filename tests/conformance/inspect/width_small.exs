defmodule H do
  def seq(a, b) when a > b, do: []
  def seq(a, b), do: [a | seq(a + 1, b)]
  def dup(_s, 0), do: ""
  def dup(s, n), do: s <> dup(s, n - 1)
  def bin(list), do: Enum.reduce(list, "", fn x, acc -> acc <> <<x>> end)
  def nest(x, 0), do: x
  def nest(x, n), do: nest([x], n - 1)
end

IO.inspect(H.seq(1, 20), width: 10)
IO.inspect([a: 1, b: 2], width: 5)
IO.inspect(%{key: "value", other: "thing"}, width: 15)
IO.inspect({:tuple, :with, :atoms, :inside}, width: 12)
IO.inspect(["aa", "bb", "cc", "dd"], width: 8)
IO.inspect([[1, 2], [3, 4]], width: 6)
