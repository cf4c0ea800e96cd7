# binary, bytes, bits and bitstring segments, with and without sizes.
s = "hello"
IO.inspect(<<s::binary, " ", "world">>)
IO.inspect(<<s::bytes>>)
IO.inspect(<<s::binary-size(3)>>)
IO.inspect(<<s::binary-size(2)-unit(16)>>)
IO.inspect(<<s::bits-size(12)>>)
IO.inspect(<<s::bitstring-size(3), 1::5>>)
b = <<5::3>>
IO.inspect(<<b::bits, b::bitstring, b::bits>>)
IO.inspect(<<b::bits, 1::5, "x">>)
IO.inspect(<<1, b::bits>>)
IO.inspect(<< <<1, 2>>, 3 >>)
IO.inspect(<< <<1::4>>::bits, <<2::4>>::bitstring >>)
IO.inspect(<<"abc", "def"::binary, ?g>>)
IO.inspect(byte_size(<<s::binary, s::binary, s::binary>>))
IO.inspect(bit_size(<<b::bits, b::bits>>))
n = 2
IO.inspect(<<s::binary-size(n), s::binary-size(n + 1)>>)
