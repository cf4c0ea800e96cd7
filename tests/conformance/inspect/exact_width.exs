defmodule H do
  def seq(a, b) when a > b, do: []
  def seq(a, b), do: [a | seq(a + 1, b)]
  def dup(_s, 0), do: ""
  def dup(s, n), do: s <> dup(s, n - 1)
  def bin(list), do: Enum.reduce(list, "", fn x, acc -> acc <> <<x>> end)
  def nest(x, 0), do: x
  def nest(x, n), do: nest([x], n - 1)
end

# 80 columns exactly vs 81
l78 = Enum.map(H.seq(1, 26), fn _ -> 1 end)
IO.inspect(l78)
IO.inspect(l78 ++ [1])
IO.inspect(l78 ++ [1, 1])
IO.inspect([H.dup("a", 76)])
IO.inspect([H.dup("a", 77)])
IO.inspect([H.dup("a", 78)])
IO.inspect({H.dup("a", 75), 1})
IO.inspect({H.dup("a", 74), 1})
