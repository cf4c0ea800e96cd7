# :gb_sets: union, intersection, difference and subset on small and large
# sets (OTP merges lists or walks the tree depending on the sizes).
a = :gb_sets.from_list(Enum.to_list(1..30))
b = :gb_sets.from_list(Enum.to_list(20..45))
c = :gb_sets.from_list([2, 4, 100])
big = :gb_sets.from_list(Enum.to_list(1..200))
IO.inspect :gb_sets.union(a, b), limit: :infinity
IO.inspect :gb_sets.union(c, a), limit: :infinity
IO.inspect :gb_sets.union(c, big) |> :gb_sets.size()
IO.inspect :gb_sets.union(c, big) |> elem(1) |> elem(0)
IO.inspect :gb_sets.union([a, b, c]) |> :gb_sets.size()
IO.inspect :gb_sets.union([])
IO.inspect :gb_sets.intersection(a, b), limit: :infinity
IO.inspect :gb_sets.intersection(c, big)
IO.inspect :gb_sets.intersection([a, b, c])
IO.inspect :gb_sets.difference(a, b), limit: :infinity
IO.inspect :gb_sets.subtract(c, big)
IO.inspect :gb_sets.difference(big, c) |> :gb_sets.size()
IO.inspect {:gb_sets.is_subset(c, big), :gb_sets.is_subset(c, a), :gb_sets.is_subset(:gb_sets.new(), c)}
IO.inspect {:gb_sets.is_disjoint(a, b), :gb_sets.is_disjoint(c, :gb_sets.from_list([1, 3]))}
IO.inspect :gb_sets.is_disjoint(:gb_sets.from_list([7, 8]), big)
