# Comprehensions calling functions and passing functions around.
defmodule Fns do
  def squares(list), do: for(x <- list, do: x * x)
  def apply_all(funs, x), do: for(f <- funs, do: f.(x))
  def evens(n), do: for(x <- 1..n, even?(x), do: x)
  defp even?(x), do: rem(x, 2) == 0
end
IO.inspect(Fns.squares([1, 2, 3]))
IO.inspect(Fns.apply_all([fn x -> x + 1 end, fn x -> x * 10 end, &Integer.to_string/1], 5))
IO.inspect(Fns.evens(10))
adders = for n <- [1, 2, 3], do: fn x -> x + n end
IO.inspect(for f <- adders, do: f.(100))
