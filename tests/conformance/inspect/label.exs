defmodule H do
  def seq(a, b) when a > b, do: []
  def seq(a, b), do: [a | seq(a + 1, b)]
  def dup(_s, 0), do: ""
  def dup(s, n), do: s <> dup(s, n - 1)
  def bin(list), do: Enum.reduce(list, "", fn x, acc -> acc <> <<x>> end)
  def nest(x, 0), do: x
  def nest(x, n), do: nest([x], n - 1)
end

IO.inspect(H.seq(1, 30), label: "numbers")
IO.inspect(%{a: 1}, label: "map")
IO.inspect(:x, label: :atom_label)
IO.inspect(H.seq(1, 30), label: "a much longer label that takes space")
IO.inspect([1, 2], label: "limited", limit: 1)
x = [1, 2, 3] |> IO.inspect(label: "before") |> Enum.map(fn v -> v * 2 end) |> IO.inspect(label: "after")
IO.inspect(x)
IO.inspect(:stdio, "three args", label: "three")
IO.inspect(:stdio, H.seq(1, 25), width: 30)
