defmodule H do
  def seq(a, b) when a > b, do: []
  def seq(a, b), do: [a | seq(a + 1, b)]
  def dup(_s, 0), do: ""
  def dup(s, n), do: s <> dup(s, n - 1)
  def bin(list), do: Enum.reduce(list, "", fn x, acc -> acc <> <<x>> end)
  def nest(x, 0), do: x
  def nest(x, n), do: nest([x], n - 1)
end

IO.inspect(H.dup("a", 10), printable_limit: 3)
IO.inspect(H.dup("a", 10), printable_limit: 10)
IO.inspect(H.dup("a", 10), printable_limit: 0)
IO.inspect(H.dup("ab", 5), printable_limit: :infinity)
IO.inspect('abcdefgh', printable_limit: 4)
IO.inspect(["abcdef", 'abcdef'], printable_limit: 2)
IO.inspect(H.dup("#{1}x", 4), printable_limit: 3)
IO.puts(inspect(H.dup("z", 5000)) |> byte_size())
IO.puts(inspect(H.dup("z", 4096)) |> byte_size())
