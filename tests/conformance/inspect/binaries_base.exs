defmodule H do
  def seq(a, b) when a > b, do: []
  def seq(a, b), do: [a | seq(a + 1, b)]
  def dup(_s, 0), do: ""
  def dup(s, n), do: s <> dup(s, n - 1)
  def bin(list), do: Enum.reduce(list, "", fn x, acc -> acc <> <<x>> end)
  def nest(x, 0), do: x
  def nest(x, n), do: nest([x], n - 1)
end

IO.inspect(<<255, 16, 1>>, base: :hex)
IO.inspect("abc", base: :hex)
IO.inspect(<<5, 6>>, base: :binary)
IO.inspect(<<8, 9>>, base: :octal)
IO.inspect(H.bin(H.seq(230, 255)), base: :hex)
