# Matching binaries and bitstrings: sized parts, the rest, bits.
<<head::binary-size(2), tail::binary>> = "abcdef"
IO.inspect({head, tail})
<<one::bytes-size(1), _::binary>> = "xyz"
IO.inspect(one)
<<a::bits-size(3), b::bitstring>> = <<0b10101010, 1>>
IO.inspect({a, b})
<<_::3, rest::bits>> = <<255>>
IO.inspect(rest)
<<x::binary-size(2)-unit(16), y::binary>> = "abcdefg"
IO.inspect({x, y})
<<"ab", more::binary>> = "abcd"
IO.inspect(more)
<<n, data::binary-size(n), rest2::binary>> = <<3, "abcdef">>
IO.inspect({n, data, rest2})
<<len::16, payload::binary-size(len)>> = <<0, 2, "hi">>
IO.inspect(payload)
<<>> = <<>>
<<whole::binary>> = "whole"
IO.inspect(whole)
<<bits::bits>> = <<1::5>>
IO.inspect(bits)
<<"a", "b"::binary, c::binary-size(1), "d">> = "abcd"
IO.inspect(c)
