defmodule H do
  def seq(a, b) when a > b, do: []
  def seq(a, b), do: [a | seq(a + 1, b)]
  def dup(_s, 0), do: ""
  def dup(s, n), do: s <> dup(s, n - 1)
  def bin(list), do: Enum.reduce(list, "", fn x, acc -> acc <> <<x>> end)
  def nest(x, 0), do: x
  def nest(x, n), do: nest([x], n - 1)
end

IO.inspect([first: H.seq(1, 10), second: H.seq(11, 20), third: H.seq(21, 30)])
IO.inspect(Enum.zip([:key1, :key2, :key3, :key4, :key5, :key6, :key7, :key8, :key9, :key10, :key11, :key12, :key13, :key14, :key15], H.seq(1, 15)))
IO.inspect([opts: [width: 80, limit: 50, pretty: true], data: %{list: H.seq(1, 20)}, name: "config"])
