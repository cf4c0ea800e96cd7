# Longer comprehensions run in constant stack (the loops are tail calls).
IO.inspect(length(for x <- 1..3_000, do: x))
IO.inspect(for x <- 1..100_000, reduce: 0 do acc -> acc + x end)
big = for x <- 1..2_000, into: "", do: <<rem(x, 256)>>
IO.inspect(byte_size(big))
IO.inspect(for <<b <- big>>, reduce: 0 do acc -> acc + b end)
IO.inspect(length(for x <- 1..3_000, uniq: true, do: rem(x, 1000)))
