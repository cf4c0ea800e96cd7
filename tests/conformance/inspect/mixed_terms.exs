defmodule H do
  def seq(a, b) when a > b, do: []
  def seq(a, b), do: [a | seq(a + 1, b)]
  def dup(_s, 0), do: ""
  def dup(s, n), do: s <> dup(s, n - 1)
  def bin(list), do: Enum.reduce(list, "", fn x, acc -> acc <> <<x>> end)
  def nest(x, 0), do: x
  def nest(x, n), do: nest([x], n - 1)
end

IO.inspect([1, 2.0, :three, "four", 'five', {6}, [7], %{eight: 8}, nil, true])
IO.inspect({:reply, {:ok, %{status: 200, body: "<html>" <> H.dup("x", 40) <> "</html>", headers: [{"content-type", "text/html"}]}}, :state})
IO.inspect([a: {1, 2}, b: [3, [4, [5]]], c: %{"d" => 'e'}])
