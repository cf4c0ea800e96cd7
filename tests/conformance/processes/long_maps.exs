# Big-map builtins that yield part-way (from_list, merge both ways, to_list/keys/values) give the same maps, and their errors.
l = Enum.map(1..100_000, fn i -> {rem(i, 70_000), i} end)
m = :maps.from_list(l)
IO.inspect {map_size(m), m[5], m[69_999], m[0]}
m2 = Map.new(l)
IO.inspect m2 == m
a = Map.new(1..80_000, &{&1, :a})
b = Map.new(50_000..120_000, &{&1, :b})
ab = Map.merge(a, b)
ba = Map.merge(b, a)
IO.inspect {map_size(ab), ab[1], ab[60_000], ab[100_000], map_size(ba), ba[60_000], ba[100_000]}
small = Map.merge(a, %{1 => :x})
IO.inspect {small[1], map_size(small)}
IO.inspect Map.merge(%{1 => :y}, a)[1]
try do :maps.from_list(Enum.to_list(1..100_000)) rescue e -> IO.inspect e end

try do :maps.from_list([1,2]) rescue e -> IO.inspect e end; try do Map.new([1,2]) rescue e -> IO.inspect e end; try do :maps.from_list([{1,2} | 3]) rescue e -> IO.inspect e end
big = Map.new(1..50_000, &{&1, &1 * 3}); IO.inspect {length(Map.keys(big)), Enum.sum(Map.values(big)), length(:maps.to_list(big))}
