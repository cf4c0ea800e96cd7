# uniq: true keeps the first of equal results (1 and 1.0 are different).
IO.inspect(for x <- [3, 1, 3, 2, 1], uniq: true, do: x)
IO.inspect(for x <- [1, 1.0, 1], uniq: true, do: x)
IO.inspect(for x <- 1..10, uniq: true, do: rem(x, 3))
IO.inspect(for x <- ["a", "b", "a"], uniq: true, into: "", do: x)
IO.inspect(for {k, _} <- [a: 1, b: 2, a: 3], uniq: true, do: k)
IO.inspect(for x <- [1, 2, 3], uniq: false, do: rem(x, 2))
IO.inspect(for x <- [[1], [1], [2]], uniq: true, do: x)
