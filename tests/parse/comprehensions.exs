for x <- [1, 2, 3], x > 1, do: x * 2
for x <- xs, y <- ys, into: %{} do
  {x, y}
end
with {:ok, a} <- f(), {:ok, b} <- g(a) do
  a + b
else
  err -> err
end
