defmodule H do
  def seq(a, b) when a > b, do: []
  def seq(a, b), do: [a | seq(a + 1, b)]
  def dup(_s, 0), do: ""
  def dup(s, n), do: s <> dup(s, n - 1)
  def bin(list), do: Enum.reduce(list, "", fn x, acc -> acc <> <<x>> end)
  def nest(x, 0), do: x
  def nest(x, n), do: nest([x], n - 1)
end

IO.inspect("plain")
IO.inspect("with \"quotes\"")
IO.inspect("back\\slash")
IO.inspect("new\nline\ttab\rcr")
IO.inspect("\a\b\e\f\v\d")
IO.inspect("interp \#{x} and #{1 + 1}")
IO.inspect("hash # alone")
IO.inspect(<<0>>)
IO.inspect(<<"abc", 0>>)
IO.inspect("")
