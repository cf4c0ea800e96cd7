# Filters: truthiness, several filters, filters between generators, guards on generators.
IO.inspect(for x <- 1..10, rem(x, 3) == 0, do: x)
IO.inspect(for x <- [1, nil, false, 2, :a], x, do: x)
IO.inspect(for x <- 1..20, rem(x, 2) == 0, rem(x, 3) == 0, do: x)
IO.inspect(for x <- 1..4, x > 2, y <- 1..x, y < 3, do: {x, y})
IO.inspect(for x when is_integer(x) <- [1, :a, 2.0, 3], do: x)
IO.inspect(for {k, v} when v > 1 <- [a: 1, b: 2, c: 3], do: k)
defmodule Even do
  def even?(x), do: rem(x, 2) == 0
end
IO.inspect(for x <- 1..6, Even.even?(x), do: x * x)
