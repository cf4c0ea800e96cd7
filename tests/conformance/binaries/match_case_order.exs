# Clause order with overlapping bitstring patterns.
classify = fn
  <<>> -> :empty
  <<0, _::binary>> -> :zero_first
  <<x, x, _::binary>> -> {:repeat, x}
  <<_::binary-size(3)>> -> :three
  <<_, rest::bits>> when bit_size(rest) > 16 -> :long
  <<_::bits>> -> :other
end
IO.inspect(classify.(<<>>))
IO.inspect(classify.(<<0, 1>>))
IO.inspect(classify.(<<5, 5, 6>>))
IO.inspect(classify.("abc"))
IO.inspect(classify.("abcd"))
IO.inspect(classify.("ab"))
IO.inspect(classify.(<<1::3>>))
