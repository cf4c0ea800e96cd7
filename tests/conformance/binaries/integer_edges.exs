# Integer segments at the edges: zero sizes, exact fits, truncation, 1-bit values.
IO.inspect(<<255::8, 256::8, 257::8>>)
IO.inspect(<<65535::16, 65536::16>>)
IO.inspect(<<1::1, 1::1, 1::1, 1::1, 1::1, 1::1, 1::1, 1::1>>)
IO.inspect(<<-1::1>>)
IO.inspect(<<0::0>>)
n = 0
IO.inspect(<<5::size(n), 6>>)
IO.inspect(<<0xFFFFFFFFFFFFFFFFFF::72>>)
IO.inspect(<<0x8000000000000000::64>>)
<<v::64>> = <<0x8000000000000000::64>>
IO.inspect(v)
<<s::signed-64>> = <<0x8000000000000000::64>>
IO.inspect(s)
<<w::unsigned-little-64>> = <<0xFF, 0, 0, 0, 0, 0, 0, 0x80>>
IO.inspect(w)
