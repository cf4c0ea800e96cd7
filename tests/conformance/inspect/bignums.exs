defmodule H do
  def seq(a, b) when a > b, do: []
  def seq(a, b), do: [a | seq(a + 1, b)]
  def dup(_s, 0), do: ""
  def dup(s, n), do: s <> dup(s, n - 1)
  def bin(list), do: Enum.reduce(list, "", fn x, acc -> acc <> <<x>> end)
  def nest(x, 0), do: x
  def nest(x, n), do: nest([x], n - 1)
end

big = 123456789012345678901234567890
IO.inspect(big)
IO.inspect(-big)
IO.inspect(big, base: :hex)
IO.inspect([big, big * big, big * big * big])
IO.inspect(Enum.map(H.seq(60, 70), fn i -> :math.pow(2, 0) |> trunc() |> Kernel.*(Integer.pow(2, i)) end))
