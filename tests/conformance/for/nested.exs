# Comprehensions inside comprehensions and functions, capturing variables.
defmodule Grid do
  def cells(w, h), do: for(y <- 1..h, x <- 1..w, do: {x, y})
  def transpose(rows), do: for(i <- 0..(length(hd(rows)) - 1), do: for(r <- rows, do: elem(List.to_tuple(r), i)))
  def pythagorean(n) do
    for a <- 1..n, b <- a..n, c <- b..n, a * a + b * b == c * c, do: {a, b, c}
  end
end
IO.inspect(Grid.cells(2, 2))
IO.inspect(Grid.transpose([[1, 2, 3], [4, 5, 6]]))
IO.inspect(Grid.pythagorean(20))
k = 3
IO.inspect(for x <- [1, 2], do: for(y <- [x, k], do: x * y))
f = fn list -> for x <- list, do: x + k end
IO.inspect(f.([1, 2]))
IO.inspect(for x <- [1, 2, 3], do: (y = x * 2; y + 1))
