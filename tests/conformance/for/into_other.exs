# into: lists and maps.
IO.inspect(for x <- [1, 2, 3], into: [], do: x * 2)
IO.inspect(for x <- [1, 2, 3], into: %{}, do: {x, x * x})
IO.inspect(for {k, v} <- [a: 1, b: 2], into: %{c: 3}, do: {k, v * 10})
IO.inspect(for x <- [1, 2, 1], into: %{}, do: {rem(x, 2), x})
m = %{x: 1, y: 2}
IO.inspect(for {k, v} <- m, into: %{}, do: {v, k})
IO.inspect(for <<c <- "abc">>, into: %{}, do: {c, <<c>>})
