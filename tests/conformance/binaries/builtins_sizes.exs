# byte_size, bit_size, is_binary and is_bitstring, in bodies and guards.
defmodule Kind do
  def of(x) when is_binary(x), do: {:binary, byte_size(x)}
  def of(x) when is_bitstring(x), do: {:bitstring, bit_size(x)}
  def of(_), do: :other
  def small(x) when is_bitstring(x) and bit_size(x) < 16, do: true
  def small(_), do: false
  def even_bytes(x) when is_binary(x) and rem(byte_size(x), 2) == 0, do: true
  def even_bytes(_), do: false
end
IO.inspect(Kind.of("abc"))
IO.inspect(Kind.of(<<1::3>>))
IO.inspect(Kind.of(<<1, 2::4>>))
IO.inspect(Kind.of(:atom))
IO.inspect(Kind.small(<<1>>))
IO.inspect(Kind.small("abc"))
IO.inspect(Kind.even_bytes("ab"))
IO.inspect(Kind.even_bytes("abc"))
IO.inspect({byte_size(<<1::9>>), bit_size(<<1::9>>), bit_size("")})
IO.inspect({is_binary(<<1::7>>), is_bitstring(<<1::7>>), is_binary(<<1::8>>)})
<<_, rest::bits>> = <<1, 2::5>>
IO.inspect({is_binary(rest), is_bitstring(rest), bit_size(rest)})
