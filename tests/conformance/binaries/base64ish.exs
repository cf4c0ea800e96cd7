# Hex encoding and decoding of binaries, nibble by nibble.
defmodule Hex do
  def encode(bin), do: for(<<n::4 <- bin>>, into: "", do: <<digit(n)>>)
  defp digit(n) when n < 10, do: ?0 + n
  defp digit(n), do: ?a + n - 10
  def decode(<<>>), do: <<>>
  def decode(<<a, b, rest::binary>>), do: <<val(a)::4, val(b)::4, decode(rest)::binary>>
  defp val(c) when c in ?0..?9, do: c - ?0
  defp val(c) when c in ?a..?f, do: c - ?a + 10
end
IO.puts(Hex.encode("Hello"))
IO.puts(Hex.encode(<<0, 255, 16, 1>>))
IO.inspect(Hex.decode("48656c6c6f"))
IO.inspect(Hex.decode(Hex.encode(<<1, 2, 3, 250>>)))
