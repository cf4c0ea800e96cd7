defmodule H do
  def seq(a, b) when a > b, do: []
  def seq(a, b), do: [a | seq(a + 1, b)]
  def dup(_s, 0), do: ""
  def dup(s, n), do: s <> dup(s, n - 1)
  def bin(list), do: Enum.reduce(list, "", fn x, acc -> acc <> <<x>> end)
  def nest(x, 0), do: x
  def nest(x, n), do: nest([x], n - 1)
end

r = IO.inspect({:a, H.seq(1, 30)})
IO.puts(elem(r, 0))
v = IO.inspect(H.seq(1, 3), width: 2)
IO.puts(length(v))
IO.puts("value: #{inspect(%{k: [1, 2]})}")
IO.puts("list: " <> inspect(H.seq(1, 40)))
