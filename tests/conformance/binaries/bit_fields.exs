# Packing and unpacking bit fields (an IPv4-like header).
defmodule Header do
  def pack(version, ihl, tos, len, ttl, proto) do
    <<version::4, ihl::4, tos::8, len::16, ttl::8, proto::8>>
  end
  def unpack(<<version::4, ihl::4, tos, len::16, ttl, proto>>) do
    %{version: version, ihl: ihl, tos: tos, len: len, ttl: ttl, proto: proto}
  end
end
h = Header.pack(4, 5, 0, 1500, 64, 6)
IO.inspect(h)
IO.inspect(byte_size(h))
IO.inspect(Header.unpack(h))
<<flags::3, offset::13>> = <<0b010::3, 185::13>>
IO.inspect({flags, offset})
<<a::1, b::1, c::1, d::5>> = <<0b10100011>>
IO.inspect({a, b, c, d})
