# A map grown one key at a time past the flat size into a HAMT, with every
# intermediate version garbage.
defmodule Seq do
  def upto(a, b) when a > b, do: []
  def upto(a, b), do: [a | upto(a + 1, b)]
end

defmodule Grow do
  def grow(m, 0), do: m
  def grow(m, n), do: grow(Map.put(m, n, {n, "v#{n}"}), n - 1)
end

m = Grow.grow(%{}, 5000)
IO.puts(map_size(m))
IO.inspect(Map.get(m, 1))
IO.inspect(Map.get(m, 4321))
IO.inspect(Map.get(m, 5001))
small = Grow.grow(%{}, 4)
IO.inspect(small)
m2 = Enum.reduce(Seq.upto(1, 5000), m, fn k, acc -> Map.delete(acc, k) end)
IO.puts(map_size(m2))
