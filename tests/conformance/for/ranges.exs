# Ranges as generators: up, down, single element, from variables.
IO.inspect(for x <- 1..5, do: x)
IO.inspect(for x <- 5..1, do: x)
IO.inspect(for x <- 3..3, do: x)
IO.inspect(for x <- -2..2, do: x * x)
a = 2
b = 6
IO.inspect(for x <- a..b, do: x)
IO.inspect(for x <- 1..3, y <- x..1, do: {x, y})
IO.inspect(for i <- 0..15, into: "", do: <<i::4>>)
