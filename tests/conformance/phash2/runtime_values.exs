# :erlang.phash2 of references, pids and funs: the values are node-local,
# but the hash is a function of the term, in range, and equal terms hash
# equally.
r = make_ref()
s = make_ref()
h = :erlang.phash2(r)
IO.inspect {is_integer(h), h >= 0, h < 134_217_728}
IO.inspect h == :erlang.phash2(r)
IO.inspect :erlang.phash2({r, [r]}) == :erlang.phash2({r, [r]})
IO.inspect :erlang.phash2(r, 10) in 0..9
p = :erlang.phash2(self())
IO.inspect {p == :erlang.phash2(self()), p in 0..134_217_727}
IO.inspect :erlang.phash2(%{self() => r}) == :erlang.phash2(%{self() => r})
IO.inspect :erlang.phash2(self(), 1)
add = fn a, b -> a + b end
k = 5
addk = fn a -> a + k end
IO.inspect :erlang.phash2(add) == :erlang.phash2(add)
IO.inspect :erlang.phash2(addk) == :erlang.phash2(addk)
IO.inspect :erlang.phash2([add, addk, r, s], 1)
IO.inspect :erlang.phash2(add) in 0..134_217_727
