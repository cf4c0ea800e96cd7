# Several generators: products, dependent ranges, and early filters.
IO.inspect(for x <- [:a, :b], y <- [1, 2], z <- ["p"], do: {x, y, z})
IO.inspect(for i <- 1..3, j <- i..3, do: {i, j})
IO.inspect(for i <- 1..4, rem(i, 2) == 0, j <- 1..i, rem(j, 2) == 1, do: {i, j})
IO.inspect(length(for a <- 1..10, b <- 1..10, c <- 1..10, do: a + b + c))
