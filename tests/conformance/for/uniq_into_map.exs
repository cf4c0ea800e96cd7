# uniq: with into: maps and binaries, and with filters.
IO.inspect(for x <- [1, 2, 1, 3], uniq: true, into: %{}, do: {x, x * x})
IO.inspect(for x <- [3, 3, 1, 2, 1], x > 1, uniq: true, do: x)
IO.inspect(for <<c <- "abracadabra">>, uniq: true, into: "", do: <<c>>)
IO.inspect(for x <- ["a", "b", "a", "c"], uniq: true, into: "", do: x <> "|")
