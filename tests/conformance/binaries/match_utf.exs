# Matching utf8, utf16 and utf32 code points, and invalid encodings.
<<a::utf8, b::utf8, c::utf8, rest::binary>> = "aé€😀"
IO.inspect({a, b, c, rest})
<<d::utf8>> = rest
IO.inspect(d)
<<e::utf16, f::utf16-little>> = <<233::utf16, 8364::utf16-little>>
IO.inspect({e, f})
<<g::utf16>> = <<128512::utf16>>
IO.inspect(g)
<<h::utf32, i::utf32-little>> = <<97::utf32, 98::utf32-little>>
IO.inspect({h, i})
classify = fn bin ->
  case bin do
    <<cp::utf8, _::binary>> -> {:utf8, cp}
    _ -> :invalid
  end
end
IO.inspect(classify.(<<0xC3, 0xA9>>))
IO.inspect(classify.(<<0xC3>>))
IO.inspect(classify.(<<0xED, 0xA0, 0x80>>))
IO.inspect(classify.(<<0xC0, 0x80>>))
IO.inspect(classify.(<<0xF4, 0x90, 0x80, 0x80>>))
IO.inspect(classify.(<<>>))
<<"é"::utf8, x>> = <<"é", 1>>
IO.inspect(x)
<<"ab"::utf16, y::binary>> = <<"ab"::utf16, "!">>
IO.inspect(y)
