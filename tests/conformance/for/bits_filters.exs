# Bitstring generators with filters and several generators.
IO.inspect(for <<c <- "a1b2c3">>, c in ?0..?9, do: c - ?0)
IO.inspect(for <<c <- "hello">>, c != ?l, into: "", do: <<c>>)
IO.inspect(for <<a::4, b::4 <- <<0x12, 0x34>> >>, a < b, do: {a, b})
IO.inspect(for <<x <- <<1, 2>> >>, <<y <- <<10, 20>> >>, do: x + y)
IO.inspect(for <<x <- <<1, 2, 3>> >>, y <- [x, x], do: y)
IO.inspect(for x <- [1, 2], <<y::2 <- <<x>> >>, do: y)
