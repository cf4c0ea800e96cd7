# reduce: the initial value is any expression, evaluated once before the loop.
start = fn -> IO.puts("init"); 0 end
IO.inspect(for x <- [1, 2, 3], reduce: start.() do acc -> acc + x end)
IO.inspect(for x <- [1, 2], reduce: {[], 0} do {l, n} -> {[x | l], n + 1} end)
IO.inspect(for _ <- 1..3, reduce: "" do acc -> acc <> "ab" end)
IO.inspect(for <<b::1 <- <<0b1011::4>> >>, reduce: 0 do acc -> acc * 2 + b end)
