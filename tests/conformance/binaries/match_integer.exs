# Matching integers: sizes, signedness, endianness, odd bit sizes.
<<a, b, c>> = <<1, 2, 3>>
IO.inspect({a, b, c})
<<x::16, y::16-little>> = <<1, 2, 1, 2>>
IO.inspect({x, y})
<<s::signed-8, u::unsigned-8>> = <<255, 255>>
IO.inspect({s, u})
<<s16::16-signed-little, rest::binary>> = <<254, 255, 9>>
IO.inspect({s16, rest})
<<h::4, l::4>> = <<0xAB>>
IO.inspect({h, l})
<<p::3, q::5, r::12-little, t::4>> = <<0b10111111, 0xBC, 0xA5>>
IO.inspect({p, q, r, t})
<<big::80>> = <<0x123456789ABCDEF0123::80>>
IO.inspect(big)
<<neg::signed-72>> = <<-12345::72>>
IO.inspect(neg)
<<neg2::signed-little-80>> = <<-5::signed-little-80>>
IO.inspect(neg2)
<<v::size(4)-unit(8)>> = <<0, 0, 1, 0>>
IO.inspect(v)
<<1, 2, z>> = <<1, 2, 99>>
IO.inspect(z)
<<-1::signed-16, k>> = <<255, 255, 7>>
IO.inspect(k)
<<m::native-16>> = <<1, 0>>
IO.inspect(m)
