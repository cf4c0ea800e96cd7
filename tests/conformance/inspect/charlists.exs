defmodule H do
  def seq(a, b) when a > b, do: []
  def seq(a, b), do: [a | seq(a + 1, b)]
  def dup(_s, 0), do: ""
  def dup(s, n), do: s <> dup(s, n - 1)
  def bin(list), do: Enum.reduce(list, "", fn x, acc -> acc <> <<x>> end)
  def nest(x, 0), do: x
  def nest(x, n), do: nest([x], n - 1)
end

IO.inspect('hello')
IO.inspect('')
IO.inspect('it\'s')
IO.inspect('tab\there\nnew')
IO.inspect([7, 8, 9, 10, 11, 12, 13, 27])
IO.inspect([104, 105, 0])
IO.inspect([104, 105, 200])
IO.inspect(['abc', 'def', 'ghi'])
IO.inspect(Enum.map(H.seq(1, 10), fn i -> 'word' ++ [?0 + rem(i, 10)] end))
IO.inspect('\#{x}')
