# Building a bitstring one bit at a time, then reading it back.
defmodule Bitbuild do
  def encode([], acc), do: acc
  def encode([true | t], acc), do: encode(t, <<acc::bits, 1::1>>)
  def encode([false | t], acc), do: encode(t, <<acc::bits, 0::1>>)
  def decode(<<>>), do: []
  def decode(<<1::1, rest::bits>>), do: [true | decode(rest)]
  def decode(<<0::1, rest::bits>>), do: [false | decode(rest)]
end
flags = [true, false, true, true, false, false, true, false, true, true, true]
b = Bitbuild.encode(flags, <<>>)
IO.inspect(b)
IO.inspect(bit_size(b))
IO.inspect(Bitbuild.decode(b) == flags)
IO.inspect(is_binary(b))
padded = <<b::bits, 0::size(8 - rem(bit_size(b), 8))>>
IO.inspect({padded, is_binary(padded)})
