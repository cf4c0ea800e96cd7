# :sets: the set operations on version 1 and version 2 sets.
a = :sets.from_list([1, 2, 3, 4, 5])
b = :sets.from_list([4, 5, 6, 7])
IO.inspect :sets.union(a, b), limit: :infinity
IO.inspect :sets.to_list(:sets.union(a, b))
IO.inspect :sets.to_list(:sets.intersection(a, b))
IO.inspect :sets.to_list(:sets.subtract(a, b))
IO.inspect :sets.to_list(:sets.union([a, b, :sets.from_list([:x])]))
IO.inspect :sets.to_list(:sets.intersection([a, b, :sets.from_list([5])]))
IO.inspect {:sets.is_subset(:sets.from_list([1, 2]), a), :sets.is_subset(b, a)}
IO.inspect {:sets.is_disjoint(a, b), :sets.is_disjoint(a, :sets.from_list([9]))}
IO.inspect :sets.fold(fn x, acc -> x + acc end, 0, a)
IO.inspect :sets.filter(&(rem(&1, 2) == 0), :sets.from_list(Enum.to_list(1..20))), limit: :infinity
v2 = :sets.new([{:version, 2}])
IO.inspect v2
v2 = :sets.add_element(:a, :sets.add_element(:b, v2))
IO.inspect v2
c = :sets.from_list([3, 1, 2, 3], [{:version, 2}])
d = :sets.from_list([2, 3, 4], version: 2)
IO.inspect {c, d}
IO.inspect :sets.union(c, d)
IO.inspect :sets.intersection(c, d)
IO.inspect :sets.subtract(c, d)
IO.inspect :sets.del_element(1, c)
IO.inspect {:sets.is_element(2, c), :sets.is_element(9, c)}
IO.inspect {:sets.size(c), :sets.to_list(c), :sets.is_empty(v2)}
IO.inspect {:sets.is_subset(:sets.from_list([2], version: 2), c), :sets.is_disjoint(c, d)}
IO.inspect :sets.fold(fn x, acc -> [x | acc] end, [], c)
IO.inspect :sets.filter(&(&1 > 1), c)
IO.inspect :sets.union([c, d])
IO.inspect :sets.intersection([c, d])
IO.inspect :sets.is_set(c)
