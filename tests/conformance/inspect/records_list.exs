defmodule H do
  def seq(a, b) when a > b, do: []
  def seq(a, b), do: [a | seq(a + 1, b)]
  def dup(_s, 0), do: ""
  def dup(s, n), do: s <> dup(s, n - 1)
  def bin(list), do: Enum.reduce(list, "", fn x, acc -> acc <> <<x>> end)
  def nest(x, 0), do: x
  def nest(x, n), do: nest([x], n - 1)
end

rows = Enum.map(H.seq(1, 12), fn i -> {:user, i, "user#{i}@example.com", rem(i, 2) == 0} end)
IO.inspect(rows)
IO.inspect(Enum.take(rows, 2))
IO.inspect([{:ok, 1}, {:ok, 2}, {:error, :enoent}, {:ok, 4}, {:error, :eacces}, {:ok, 6}, {:ok, 7}, {:ok, 8}])
