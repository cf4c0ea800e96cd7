<<>>
<<1, 2, 3>>
<<a::8, b::binary>>
<<x::size(16)-little-integer>>
<<"abc", rest::binary>>
<<a::utf8>>
