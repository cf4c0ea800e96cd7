# The rest of a match as binary, bits and bytes, and what is left over.
check = fn bin ->
  case bin do
    <<x, rest::binary>> -> {:binary, x, rest}
    <<x::4, rest::bits>> -> {:bits, x, rest}
    _ -> :none
  end
end
IO.inspect(check.(<<1, 2, 3>>))
IO.inspect(check.(<<1, 2::4>>))
IO.inspect(check.(<<1::4>>))
IO.inspect(check.(<<1::3>>))
<<_, rest::bytes>> = "xyz"
IO.inspect(rest)
<<_::4, rest2::bitstring>> = "a"
IO.inspect(rest2)
r = case <<1, 2, 3>> do
  <<_::binary-size(4), _::binary>> -> :too_long
  <<_::binary-size(3)>> -> :exact
end
IO.inspect(r)
