defmodule H do
  def seq(a, b) when a > b, do: []
  def seq(a, b), do: [a | seq(a + 1, b)]
  def dup(_s, 0), do: ""
  def dup(s, n), do: s <> dup(s, n - 1)
  def bin(list), do: Enum.reduce(list, "", fn x, acc -> acc <> <<x>> end)
  def nest(x, 0), do: x
  def nest(x, n), do: nest([x], n - 1)
end
# Strings are measured in bytes, so multi-byte text breaks earlier.
IO.inspect(Enum.map(H.seq(1, 10), fn i -> "é#{i}ü" end))
IO.inspect(Enum.map(H.seq(1, 10), fn i -> "e#{i}u" end))
IO.inspect(["日本語のテキスト", "もう一つの文字列", "三番目", "四番目の長い文字列です", "五"])
IO.inspect(%{"clé" => "valeur très longue avec des accents éèêë", "naïve" => "façade"})
IO.inspect([:"é", :"ü"], width: 5)
