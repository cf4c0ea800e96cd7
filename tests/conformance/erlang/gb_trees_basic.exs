# :gb_trees: building, looking up and the exact tree shapes OTP makes.
t = :gb_trees.empty()
IO.inspect t
IO.inspect :gb_trees.is_empty(t)
t = Enum.reduce(1..12, t, fn i, acc -> :gb_trees.insert(i, i * i, acc) end)
IO.inspect t, limit: :infinity
IO.inspect :gb_trees.size(t)
IO.inspect :gb_trees.lookup(5, t)
IO.inspect :gb_trees.lookup(50, t)
IO.inspect :gb_trees.get(7, t)
IO.inspect :gb_trees.is_defined(3, t)
IO.inspect :gb_trees.is_defined(3.5, t)
IO.inspect :gb_trees.keys(t)
IO.inspect :gb_trees.values(t)
IO.inspect :gb_trees.to_list(t)
IO.inspect :gb_trees.smallest(t)
IO.inspect :gb_trees.largest(t)
t2 = Enum.reduce([50, 20, 80, 10, 30, 70, 90, 25, 5, 1, 2, 3], :gb_trees.empty(), &:gb_trees.insert(&1, :v, &2))
IO.inspect t2, limit: :infinity
rev = Enum.reduce(20..1//-1, :gb_trees.empty(), &:gb_trees.enter(&1, &1, &2))
IO.inspect rev, limit: :infinity
IO.inspect :gb_trees.balance(rev), limit: :infinity
IO.inspect :gb_trees.from_orddict([a: 1, b: 2, c: 3, d: 4, e: 5])
IO.inspect :gb_trees.update(2, :two, :gb_trees.from_orddict([{1, :a}, {2, :b}, {3, :c}]))
IO.inspect :gb_trees.enter(2, :new, :gb_trees.from_orddict([{1, :a}, {2, :b}]))
IO.inspect :gb_trees.enter(9, :new, :gb_trees.from_orddict([{1, :a}, {2, :b}]))
IO.inspect :gb_trees.map(fn k, v -> {k, v} end, :gb_trees.from_orddict([{1, :a}, {2, :b}]))
