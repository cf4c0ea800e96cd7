defmodule H do
  def seq(a, b) when a > b, do: []
  def seq(a, b), do: [a | seq(a + 1, b)]
  def dup(_s, 0), do: ""
  def dup(s, n), do: s <> dup(s, n - 1)
  def bin(list), do: Enum.reduce(list, "", fn x, acc -> acc <> <<x>> end)
  def nest(x, 0), do: x
  def nest(x, n), do: nest([x], n - 1)
end

people = Enum.map(H.seq(1, 5), fn i -> %{id: i, name: "Person #{i}", email: "person#{i}@mail.com", tags: ["t#{i}"]} end)
IO.inspect(people)
IO.inspect(Enum.map(H.seq(1, 6), fn i -> %{i => i} end))
IO.inspect([%{}, %{}, %{}])
