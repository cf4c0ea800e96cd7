# reduce: the accumulator goes through the do block's clauses.
IO.inspect(for x <- 1..10, reduce: 0 do
  acc -> acc + x
end)
IO.inspect(for x <- [1, 2, 3], reduce: [] do
  acc -> [x * 2 | acc]
end)
IO.inspect(for x <- [1, -2, 3, -4], reduce: {0, 0} do
  {pos, neg} when x > 0 -> {pos + x, neg}
  {pos, neg} -> {pos, neg + x}
end)
IO.inspect(for <<c <- "hello">>, reduce: %{} do
  acc -> Map.put(acc, c, Map.get(acc, c, 0) + 1)
end)
IO.inspect(for x <- [1, 2], y <- [10, 20], reduce: 0 do
  acc -> acc + x * y
end)
IO.inspect(for x <- 1..5, rem(x, 2) == 1, reduce: 1 do
  acc -> acc * x
end)
IO.inspect(for x <- [], reduce: :untouched do
  _ -> x
end)
