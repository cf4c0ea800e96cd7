defmodule H do
  def seq(a, b) when a > b, do: []
  def seq(a, b), do: [a | seq(a + 1, b)]
  def dup(_s, 0), do: ""
  def dup(s, n), do: s <> dup(s, n - 1)
  def bin(list), do: Enum.reduce(list, "", fn x, acc -> acc <> <<x>> end)
  def nest(x, 0), do: x
  def nest(x, n), do: nest([x], n - 1)
end
IO.inspect([a: [b: [c: [d: [e: H.seq(1, 30)]]]]])
IO.inspect([level: 1, children: [[level: 2, children: [[level: 3, children: []]]], [level: 2, children: []]]])
IO.inspect(%{a: [x: 1, y: 2], b: [x: 3, y: 4], c: [x: H.seq(1, 22), y: "y"]})
IO.inspect([a: 1, b: 2], width: 0)
