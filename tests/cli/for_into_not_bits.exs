IO.inspect(for x <- [1, 2], into: "", do: x)
