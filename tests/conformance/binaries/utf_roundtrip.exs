# Text converted between UTF-8, UTF-16 and UTF-32 with segments.
defmodule Conv do
  def to16(<<>>, acc), do: acc
  def to16(<<c::utf8, rest::binary>>, acc), do: to16(rest, <<acc::binary, c::utf16>>)
  def from16(<<>>, acc), do: acc
  def from16(<<c::utf16, rest::binary>>, acc), do: from16(rest, <<acc::binary, c::utf8>>)
  def to32le(s), do: for(<<c::utf8 <- s>>, into: "", do: <<c::utf32-little>>)
  def from32le(s), do: for(<<c::utf32-little <- s>>, into: "", do: <<c::utf8>>)
  def count(<<>>, n), do: n
  def count(<<_::utf8, rest::binary>>, n), do: count(rest, n + 1)
end
text = "héllo wörld €100 😀"
u16 = Conv.to16(text, <<>>)
IO.inspect(byte_size(u16))
IO.puts(Conv.from16(u16, <<>>))
u32 = Conv.to32le(text)
IO.inspect(byte_size(u32))
IO.puts(Conv.from32le(u32))
IO.inspect(Conv.count(text, 0))
IO.inspect(Conv.from16(<<"abc"::utf16>>, "") == "abc")
