# into: an existing list appends to it; into: [] is a plain list.
IO.inspect(for x <- [3, 4], into: [], do: x)
IO.inspect(for x <- 1..3, into: [], do: {x})
IO.inspect(for x <- [], into: [], do: x)
IO.inspect(for x <- [1, 2, 2], into: [], uniq: true, do: x * 100)
