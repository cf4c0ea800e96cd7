IO.inspect(for x <- 1..5, do: x * 10)
IO.inspect(for x <- 5..1, do: x)
IO.inspect(for x <- 1..10//3, do: x)
r = 2..4
IO.inspect(for x <- r, do: x + 1)
IO.inspect(for x <- 1..3, y <- 1..2, do: {x, y})
IO.inspect(for x <- 1..10, rem(x, 4) == 0, do: x)
IO.inspect(for {k, v} <- %{a: 1, b: 2}, do: {v, k})
