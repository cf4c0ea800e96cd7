defmodule H do
  def seq(a, b) when a > b, do: []
  def seq(a, b), do: [a | seq(a + 1, b)]
  def dup(_s, 0), do: ""
  def dup(s, n), do: s <> dup(s, n - 1)
  def bin(list), do: Enum.reduce(list, "", fn x, acc -> acc <> <<x>> end)
  def nest(x, 0), do: x
  def nest(x, n), do: nest([x], n - 1)
end

IO.inspect(H.seq(1, 60), width: 200)
IO.inspect(H.seq(1, 60), width: :infinity)
IO.inspect(%{alpha: H.seq(1, 20), beta: H.seq(21, 40)}, width: 120)
IO.inspect(Enum.map(H.seq(1, 8), fn i -> [i] end), width: 100)
