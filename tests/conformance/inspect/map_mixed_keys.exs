defmodule H do
  def seq(a, b) when a > b, do: []
  def seq(a, b), do: [a | seq(a + 1, b)]
  def dup(_s, 0), do: ""
  def dup(s, n), do: s <> dup(s, n - 1)
  def bin(list), do: Enum.reduce(list, "", fn x, acc -> acc <> <<x>> end)
  def nest(x, 0), do: x
  def nest(x, n), do: nest([x], n - 1)
end

IO.inspect(%{1 => :one, :two => 2, "three" => 3.0})
IO.inspect(%{{1, 2} => [3], [4] => %{5 => 6}})
IO.inspect(%{Foo => 1, :bar => 2})
IO.inspect(%{nil => 1, true => 2, false => 3})
IO.inspect(%{:a => H.seq(1, 25), 1 => H.seq(1, 25)})
