# Variables bound inside a comprehension do not leak; outer ones are visible.
x = :outer
r = for x <- [1, 2], do: x * 2
IO.inspect({x, r})
y = 10
IO.inspect(for z <- [1, 2], do: z + y)
IO.inspect(for z <- [1, 2], do: (w = z * 3; w))
acc = 100
IO.inspect(for z <- [1, 2], reduce: acc do a -> a + z end)
IO.inspect(acc)
