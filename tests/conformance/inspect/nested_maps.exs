defmodule H do
  def seq(a, b) when a > b, do: []
  def seq(a, b), do: [a | seq(a + 1, b)]
  def dup(_s, 0), do: ""
  def dup(s, n), do: s <> dup(s, n - 1)
  def bin(list), do: Enum.reduce(list, "", fn x, acc -> acc <> <<x>> end)
  def nest(x, 0), do: x
  def nest(x, n), do: nest([x], n - 1)
end

m = %{user: %{name: "Ann", address: %{street: "Main St", number: 42, city: "Springfield"}, tags: ["a", "b"]}, meta: %{version: 3}}
IO.inspect(m)
IO.inspect(%{a: %{b: %{c: %{d: %{e: %{f: "deep"}}}}}})
IO.inspect(%{level1: %{level2: %{level3: H.seq(1, 30)}}})
IO.inspect([%{id: 1, name: "one"}, %{id: 2, name: "two"}, %{id: 3, name: "three"}, %{id: 4, name: "four"}])
