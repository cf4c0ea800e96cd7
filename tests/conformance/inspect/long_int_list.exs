defmodule H do
  def seq(a, b) when a > b, do: []
  def seq(a, b), do: [a | seq(a + 1, b)]
  def dup(_s, 0), do: ""
  def dup(s, n), do: s <> dup(s, n - 1)
  def bin(list), do: Enum.reduce(list, "", fn x, acc -> acc <> <<x>> end)
  def nest(x, 0), do: x
  def nest(x, n), do: nest([x], n - 1)
end

IO.inspect(H.seq(1, 30))
IO.inspect(H.seq(1, 49))
IO.inspect(H.seq(1, 50))
IO.inspect(H.seq(1, 51))
IO.inspect(H.seq(1000, 1040))
IO.inspect(Enum.map(H.seq(1, 45), fn x -> x * x * x end))
IO.inspect(Enum.map(H.seq(1, 20), fn x -> -x end))
