# Nested constructions and binaries inside other terms.
inner = <<1, 2>>
IO.inspect(<<inner::binary, <<3, 4>>::binary, (<<5>>)::bits>>)
IO.inspect({<<1>>, [<<2, 3>>, <<4::4>>], %{k: <<"v">>}})
IO.inspect([<<"a">> | <<"b">>])
f = fn x -> <<x::16, (x + 1)::16>> end
IO.inspect(f.(300))
IO.inspect(<<f.(1)::binary, f.(2)::binary>>)
IO.inspect(<<(1 + 2)::8, (2 * 3)::4, (7 - 5)::4>>)
