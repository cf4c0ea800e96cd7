defmodule H do
  def seq(a, b) when a > b, do: []
  def seq(a, b), do: [a | seq(a + 1, b)]
  def dup(_s, 0), do: ""
  def dup(s, n), do: s <> dup(s, n - 1)
  def bin(list), do: Enum.reduce(list, "", fn x, acc -> acc <> <<x>> end)
  def nest(x, 0), do: x
  def nest(x, n), do: nest([x], n - 1)
end

IO.inspect(H.bin(H.seq(1, 30)))
IO.inspect(H.bin(H.seq(200, 255)))
IO.inspect(H.bin(H.seq(200, 255)), limit: :infinity)
IO.inspect(H.bin(H.seq(1, 10)), limit: 3)
IO.inspect(H.bin(H.seq(1, 3)), limit: 3)
IO.inspect(H.bin(H.seq(1, 3)), limit: 2)
IO.inspect({:data, H.bin(H.seq(128, 170))})
