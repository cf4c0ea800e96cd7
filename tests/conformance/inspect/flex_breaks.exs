defmodule H do
  def seq(a, b) when a > b, do: []
  def seq(a, b), do: [a | seq(a + 1, b)]
  def dup(_s, 0), do: ""
  def dup(s, n), do: s <> dup(s, n - 1)
  def bin(list), do: Enum.reduce(list, "", fn x, acc -> acc <> <<x>> end)
  def nest(x, 0), do: x
  def nest(x, n), do: nest([x], n - 1)
end

IO.inspect(Enum.map(H.seq(1, 30), fn i -> i * 1000 end), width: 30)
IO.inspect([:aaaa, :bbbb, :cccc, :dddd, :eeee, :ffff, :gggg, :hhhh, :iiii, :jjjj, :kkkk, :llll, :mmmm, :nnnn], width: 25)
IO.inspect({H.dup("a", 30), H.dup("b", 30), H.dup("c", 30)})
IO.inspect({1, [2, 3], 4, [5, 6], 7, H.seq(1, 28)})
IO.inspect([H.dup("q", 78), 1])
IO.inspect([H.dup("q", 79), 1])
