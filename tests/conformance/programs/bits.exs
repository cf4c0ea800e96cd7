import Bitwise
defmodule Bits do
  import Bitwise
  def popcount(0), do: 0
  def popcount(n), do: (n &&& 1) + popcount(n >>> 1)
  def to_bin(n), do: Integer.to_string(n, 2) |> String.pad_leading(8, "0")
  def crc8(data) do
    for <<byte <- data>>, reduce: 0 do
      crc ->
        Enum.reduce(0..7, bxor(crc, byte), fn _, c ->
          if (c &&& 0x80) != 0, do: band(bxor(c <<< 1, 0x07), 0xFF), else: band(c <<< 1, 0xFF)
        end)
    end
  end
  def hex(bin), do: Base.encode16(bin, case: :lower)
end
IO.inspect(Enum.map([0, 1, 7, 255, 1023], &Bits.popcount/1))
IO.puts(Bits.to_bin(0b1011))
IO.inspect(Bits.crc8("123456789"))
IO.inspect(band(0xF0, 0x3C) ||| 1)
IO.inspect(bnot(5))
IO.inspect(1 <<< 40)
IO.inspect(<<1::1, 0::1, 1::1, 1::5>>)
IO.inspect(:binary.encode_unsigned(65535))
IO.inspect(:binary.decode_unsigned(<<1, 0>>))
