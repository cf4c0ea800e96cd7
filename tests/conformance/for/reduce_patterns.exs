# reduce: with tuple accumulators, several clauses and bitstring generators.
stats = for x <- [4, 8, 15, 16, 23, 42], reduce: {0, 0, nil} do
  {n, sum, nil} -> {n + 1, sum + x, x}
  {n, sum, max} when x > max -> {n + 1, sum + x, x}
  {n, sum, max} -> {n + 1, sum + x, max}
end
IO.inspect(stats)
counts = for <<c <- "mississippi">>, reduce: %{} do
  acc -> Map.put(acc, <<c>>, Map.get(acc, <<c>>, 0) + 1)
end
IO.inspect(counts)
IO.inspect(for x <- 1..5, y <- 1..x, reduce: 0 do acc -> acc + y end)
IO.inspect(for x <- [1, 2, 3], reduce: [] do
  [] -> [x]
  [h | _] = acc -> [h + x | acc]
end)
