defmodule H do
  def seq(a, b) when a > b, do: []
  def seq(a, b), do: [a | seq(a + 1, b)]
  def dup(_s, 0), do: ""
  def dup(s, n), do: s <> dup(s, n - 1)
  def bin(list), do: Enum.reduce(list, "", fn x, acc -> acc <> <<x>> end)
  def nest(x, 0), do: x
  def nest(x, n), do: nest([x], n - 1)
end

IO.inspect({1, 2, 3})
IO.inspect(List.to_tuple(H.seq(1, 40)))
IO.inspect({:ok, H.seq(1, 40)})
IO.inspect({:error, "a long error message that explains what went wrong in detail", %{code: 500}})
IO.inspect({})
IO.inspect({{}})
