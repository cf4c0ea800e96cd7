defmodule H do
  def seq(a, b) when a > b, do: []
  def seq(a, b), do: [a | seq(a + 1, b)]
  def dup(_s, 0), do: ""
  def dup(s, n), do: s <> dup(s, n - 1)
  def bin(list), do: Enum.reduce(list, "", fn x, acc -> acc <> <<x>> end)
  def nest(x, 0), do: x
  def nest(x, n), do: nest([x], n - 1)
end

IO.inspect([x: H.dup("a", 35), y: H.dup("b", 35)])
IO.inspect([x: 1, y: 2], width: 10)
IO.inspect(%{k1: "v1", k2: "v2", k3: "v3"}, width: 20)
IO.inspect([[1], [2], [3]], width: 10)
IO.inspect([{:a}, {:b}], width: 5)
IO.inspect(%{"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" => "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"})
