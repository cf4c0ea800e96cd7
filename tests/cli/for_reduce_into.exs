IO.inspect(for x <- [1], into: [], reduce: 0, do: (a -> a + x))
