defmodule H do
  def seq(a, b) when a > b, do: []
  def seq(a, b), do: [a | seq(a + 1, b)]
  def dup(_s, 0), do: ""
  def dup(s, n), do: s <> dup(s, n - 1)
  def bin(list), do: Enum.reduce(list, "", fn x, acc -> acc <> <<x>> end)
  def nest(x, 0), do: x
  def nest(x, n), do: nest([x], n - 1)
end

m = Map.new(Enum.map(H.seq(1, 40), fn i -> {i, i * i} end))
IO.inspect(m)
IO.inspect(m, limit: :infinity)
IO.inspect(Map.new(Enum.map(H.seq(1, 40), fn i -> {i * 7, [i]} end)), limit: 10)
IO.inspect(Map.new(Enum.map(H.seq(1, 33), fn i -> {"s#{i}", i} end)), limit: 5)
