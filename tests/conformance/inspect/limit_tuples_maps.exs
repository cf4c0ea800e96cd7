defmodule H do
  def seq(a, b) when a > b, do: []
  def seq(a, b), do: [a | seq(a + 1, b)]
  def dup(_s, 0), do: ""
  def dup(s, n), do: s <> dup(s, n - 1)
  def bin(list), do: Enum.reduce(list, "", fn x, acc -> acc <> <<x>> end)
  def nest(x, 0), do: x
  def nest(x, n), do: nest([x], n - 1)
end

IO.inspect({1, 2, 3, 4, 5}, limit: 3)
IO.inspect({1, 2, 3}, limit: 3)
IO.inspect({}, limit: 0)
IO.inspect(%{a: 1, b: 2, c: 3, d: 4}, limit: 2)
IO.inspect(%{"a" => 1, "b" => 2, "c" => 3}, limit: 0)
IO.inspect(%{a: 1}, limit: 0)
IO.inspect(List.to_tuple(H.seq(1, 60)))
IO.inspect(Map.new(Enum.map(H.seq(1, 60), fn i -> {i, i} end)))
