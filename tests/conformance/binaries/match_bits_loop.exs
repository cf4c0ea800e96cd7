# Walking a bitstring bit by bit and field by field with recursive functions.
defmodule Bits do
  def ones(<<>>), do: 0
  def ones(<<b::1, rest::bits>>), do: b + ones(rest)

  def to_list(<<>>), do: []
  def to_list(<<b::1, rest::bits>>), do: [b | to_list(rest)]

  def nibbles(<<>>, acc), do: acc
  def nibbles(<<n::4, rest::bits>>, acc), do: nibbles(rest, [n | acc])

  def reverse_bytes(<<>>, acc), do: acc
  def reverse_bytes(<<b, rest::binary>>, acc), do: reverse_bytes(rest, <<b, acc::binary>>)

  def sum16(<<x::16, rest::binary>>, acc), do: sum16(rest, acc + x)
  def sum16(<<>>, acc), do: acc
  def sum16(<<_odd>>, acc), do: {:odd, acc}
end
IO.inspect(Bits.ones(<<0xFF, 0x0F, 5::3>>))
IO.inspect(Bits.to_list(<<0b1011::4>>))
IO.inspect(Bits.nibbles(<<0x12, 0x34, 0x5::4>>, []))
IO.inspect(Bits.reverse_bytes("hello", <<>>))
IO.inspect(Bits.sum16(<<0, 1, 0, 2, 1, 0>>, 0))
IO.inspect(Bits.sum16(<<0, 1, 7>>, 0))
long = <<"0123456789012345678901234567890123456789012345678901234567890123456789">>
IO.inspect(Bits.ones(long))
IO.inspect(byte_size(Bits.reverse_bytes(long, <<>>)))
