defmodule H do
  def seq(a, b) when a > b, do: []
  def seq(a, b), do: [a | seq(a + 1, b)]
  def dup(_s, 0), do: ""
  def dup(s, n), do: s <> dup(s, n - 1)
  def bin(list), do: Enum.reduce(list, "", fn x, acc -> acc <> <<x>> end)
  def nest(x, 0), do: x
  def nest(x, n), do: nest([x], n - 1)
end

IO.inspect(%{a: 1, b: 2})
IO.inspect(%{name: "Alice", age: 30, email: "alice@example.com", roles: [:admin, :user], active: true})
IO.inspect(%{list: H.seq(1, 40)})
IO.inspect(%{"quoted key": 1, normal: 2})
IO.inspect(%{})
