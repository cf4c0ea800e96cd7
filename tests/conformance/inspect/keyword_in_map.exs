defmodule H do
  def seq(a, b) when a > b, do: []
  def seq(a, b), do: [a | seq(a + 1, b)]
  def dup(_s, 0), do: ""
  def dup(s, n), do: s <> dup(s, n - 1)
  def bin(list), do: Enum.reduce(list, "", fn x, acc -> acc <> <<x>> end)
  def nest(x, 0), do: x
  def nest(x, n), do: nest([x], n - 1)
end

IO.inspect(%{opts: [a: 1, b: 2], list: [1, 2], kw_long: Enum.map(H.seq(1, 10), fn i -> {:k, i} end)})
IO.inspect([config: %{host: "localhost", port: 4000, ssl: false}, pool: [size: 10, overflow: 5]])
IO.inspect(%{[a: 1] => [b: 2]})
