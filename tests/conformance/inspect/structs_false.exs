defmodule H do
  def seq(a, b) when a > b, do: []
  def seq(a, b), do: [a | seq(a + 1, b)]
  def dup(_s, 0), do: ""
  def dup(s, n), do: s <> dup(s, n - 1)
  def bin(list), do: Enum.reduce(list, "", fn x, acc -> acc <> <<x>> end)
  def nest(x, 0), do: x
  def nest(x, n), do: nest([x], n - 1)
end

IO.inspect(%{__struct__: NotAStruct, a: 1})
IO.inspect(%{__struct__: NotAStruct, a: 1}, structs: false)
IO.inspect(%{__struct__: :atom_mod, b: [1, 2]})
IO.inspect(%{__struct__: "not atom", c: 3})
IO.inspect([%{__struct__: Nope, list: H.seq(1, 25), name: "long"}])
