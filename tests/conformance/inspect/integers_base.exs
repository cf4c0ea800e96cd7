defmodule H do
  def seq(a, b) when a > b, do: []
  def seq(a, b), do: [a | seq(a + 1, b)]
  def dup(_s, 0), do: ""
  def dup(s, n), do: s <> dup(s, n - 1)
  def bin(list), do: Enum.reduce(list, "", fn x, acc -> acc <> <<x>> end)
  def nest(x, 0), do: x
  def nest(x, n), do: nest([x], n - 1)
end

IO.inspect(255, base: :hex)
IO.inspect(-255, base: :hex)
IO.inspect(0, base: :hex)
IO.inspect(5, base: :binary)
IO.inspect(64, base: :octal)
IO.inspect(123, base: :decimal)
IO.inspect([10, 11, 12], base: :hex)
IO.inspect(%{a: 255}, base: :hex)
IO.inspect(H.seq(100, 130), base: :binary)
IO.puts(inspect(4096, base: :hex))
