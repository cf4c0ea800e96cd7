defmodule H do
  def seq(a, b) when a > b, do: []
  def seq(a, b), do: [a | seq(a + 1, b)]
  def dup(_s, 0), do: ""
  def dup(s, n), do: s <> dup(s, n - 1)
  def bin(list), do: Enum.reduce(list, "", fn x, acc -> acc <> <<x>> end)
  def nest(x, 0), do: x
  def nest(x, n), do: nest([x], n - 1)
end

IO.inspect('abc', charlists: :as_lists)
IO.inspect([1, 2, 3], charlists: :as_charlists)
IO.inspect([955, 960], charlists: :as_charlists)
IO.inspect([955, 960])
IO.inspect('hello world', charlists: :as_lists, width: 20)
IO.puts(inspect('abc', charlists: :as_lists))
IO.puts(inspect([0, 127, 128], charlists: :as_charlists))
