# Checksums over binaries: byte sums, 16-bit words, xor and Adler-32.
defmodule Sum do
  def bytes(<<>>, acc), do: acc
  def bytes(<<b, rest::binary>>, acc), do: bytes(rest, acc + b)
  def xor(bin), do: for(<<b <- bin>>, reduce: 0, do: (acc -> Bitwise.bxor(acc, b)))
  def words(<<w::16, rest::binary>>, acc), do: words(rest, rem(acc + w, 65536))
  def words(<<b>>, acc), do: rem(acc + b * 256, 65536)
  def words(<<>>, acc), do: acc
  def adler32(bin), do: adler(bin, 1, 0)
  defp adler(<<>>, a, b), do: b * 65536 + a
  defp adler(<<c, rest::binary>>, a, b) do
    a2 = rem(a + c, 65521)
    adler(rest, a2, rem(b + a2, 65521))
  end
end
data = "The quick brown fox jumps over the lazy dog"
IO.inspect(Sum.bytes(data, 0))
IO.inspect(Sum.words(data, 0))
IO.inspect(Sum.adler32(data))
IO.inspect(Sum.adler32("Wikipedia"))
