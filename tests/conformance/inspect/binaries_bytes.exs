defmodule H do
  def seq(a, b) when a > b, do: []
  def seq(a, b), do: [a | seq(a + 1, b)]
  def dup(_s, 0), do: ""
  def dup(s, n), do: s <> dup(s, n - 1)
  def bin(list), do: Enum.reduce(list, "", fn x, acc -> acc <> <<x>> end)
  def nest(x, 0), do: x
  def nest(x, n), do: nest([x], n - 1)
end

IO.inspect(<<1, 2, 3>>)
IO.inspect(<<255, 0, 128>>)
IO.inspect(<<>>)
IO.inspect(<<"abc", 1>>)
IO.inspect("abc", binaries: :as_binaries)
IO.inspect(<<200>>, binaries: :as_strings)
IO.inspect([<<1>>, <<2, 3>>, "ok"])
