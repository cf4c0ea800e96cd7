# Destructuring tuples and lists in generators; skipping what does not match.
pairs = [{1, :a}, {2, :b}, :skip, {3, :c}]
IO.inspect(for {n, l} <- pairs, do: {l, n})
IO.inspect(for {n, _} <- pairs, n > 1, do: n)
IO.inspect(for [h | t] <- [[1, 2, 3], [], [4]], do: {h, t})
IO.inspect(for {:ok, {a, b}} <- [{:ok, {1, 2}}, {:ok, 3}, {:error, {4, 5}}], do: a + b)
IO.inspect(for {a, a} <- [{1, 1}, {1, 2}, {3, 3}], do: a)
