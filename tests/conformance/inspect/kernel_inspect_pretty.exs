defmodule H do
  def seq(a, b) when a > b, do: []
  def seq(a, b), do: [a | seq(a + 1, b)]
  def dup(_s, 0), do: ""
  def dup(s, n), do: s <> dup(s, n - 1)
  def bin(list), do: Enum.reduce(list, "", fn x, acc -> acc <> <<x>> end)
  def nest(x, 0), do: x
  def nest(x, n), do: nest([x], n - 1)
end

IO.puts(inspect(H.seq(1, 40)))
IO.puts(inspect(H.seq(1, 40), pretty: true))
IO.puts(inspect(H.seq(1, 40), pretty: true, width: 40))
IO.puts(inspect(H.seq(1, 40), pretty: false, width: 40))
IO.puts(inspect(%{a: H.seq(1, 30), b: "x"}, pretty: true))
IO.puts(inspect([a: 1], pretty: true, width: 0))
IO.puts(inspect({:ok, "fine"}, []))
