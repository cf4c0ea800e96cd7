defmodule H do
  def seq(a, b) when a > b, do: []
  def seq(a, b), do: [a | seq(a + 1, b)]
  def dup(_s, 0), do: ""
  def dup(s, n), do: s <> dup(s, n - 1)
  def bin(list), do: Enum.reduce(list, "", fn x, acc -> acc <> <<x>> end)
  def nest(x, 0), do: x
  def nest(x, n), do: nest([x], n - 1)
end

deep = H.nest(:leaf, 100_000)
IO.inspect(deep)
IO.puts(inspect(deep))
s = inspect(deep, limit: :infinity)
IO.puts(byte_size(s))
t = Enum.reduce(H.seq(1, 100_000), :leaf, fn _, acc -> {acc} end)
IO.puts(byte_size(inspect(t, limit: :infinity)))
IO.inspect(t, limit: 5)
m = Enum.reduce(H.seq(1, 50_000), :leaf, fn _, acc -> %{a: acc} end)
IO.puts(byte_size(inspect(m, limit: :infinity)))
IO.inspect(H.nest(:x, 30), width: 40)
