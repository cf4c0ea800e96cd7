# Sizes from variables and expressions, units, and zero-sized segments.
defmodule Sizes do
  def pad(n), do: <<0::size(n)>>
  def field(v, bits), do: <<v::size(bits)>>
  def bytes(v, n), do: <<v::size(n)-unit(8)>>
  def le(v, n), do: <<v::little-size(n)-unit(8)>>
end
IO.inspect(Sizes.pad(0))
IO.inspect(Sizes.pad(3))
IO.inspect(Sizes.pad(16))
IO.inspect(Sizes.field(5, 3))
IO.inspect(Sizes.field(1023, 10))
IO.inspect(Sizes.bytes(258, 2))
IO.inspect(Sizes.bytes(258, 4))
IO.inspect(Sizes.le(258, 4))
w = 4
IO.inspect(<<15::size(w), 0::size(w * 2), 1::size(w - 3)>>)
IO.inspect(bit_size(Sizes.pad(1000)))
IO.inspect(byte_size(Sizes.pad(1001)))
