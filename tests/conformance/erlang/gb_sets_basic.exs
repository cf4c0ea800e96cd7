# :gb_sets: shapes of sets built by insert, add, from_list and balance.
s = Enum.reduce([5, 3, 8, 1, 4, 7, 9, 2, 6, 10, 11, 12], :gb_sets.new(), &:gb_sets.insert/2)
IO.inspect s, limit: :infinity
IO.inspect :gb_sets.size(s)
IO.inspect :gb_sets.is_member(4, s)
IO.inspect :gb_sets.is_element(40, s)
IO.inspect :gb_sets.from_list([3, 1, 2, 3, 1, 9, 0])
IO.inspect :gb_sets.from_ordset([1, 2, 3, 4, 5, 6, 7])
IO.inspect :gb_sets.singleton(:a)
IO.inspect :gb_sets.add(4, s) == s
asc = Enum.reduce(1..20, :gb_sets.empty(), &:gb_sets.add_element/2)
IO.inspect asc, limit: :infinity
IO.inspect :gb_sets.balance(asc), limit: :infinity
IO.inspect :gb_sets.to_list(asc)
IO.inspect {:gb_sets.smallest(asc), :gb_sets.largest(asc)}
IO.inspect :gb_sets.take_smallest(:gb_sets.from_list([3, 1, 2]))
IO.inspect :gb_sets.take_largest(:gb_sets.from_list([3, 1, 2]))
IO.inspect :gb_sets.delete(3, :gb_sets.from_list([1, 2, 3, 4, 5]))
IO.inspect :gb_sets.del_element(30, :gb_sets.from_list([1, 2, 3]))
IO.inspect :gb_sets.delete_any(2, :gb_sets.from_list([1, 2, 3]))
IO.inspect :gb_sets.filter(&(rem(&1, 3) == 0), asc)
IO.inspect :gb_sets.fold(fn x, acc -> [x | acc] end, [], :gb_sets.from_list([:c, :a, :b]))
IO.inspect {:gb_sets.is_set(asc), :gb_sets.is_set({1, 2}), :gb_sets.is_set(:gb_sets.new())}
IO.inspect {:gb_sets.is_empty(:gb_sets.new()), :gb_sets.is_empty(asc)}
it = :gb_sets.iterator_from(15, asc)
{x, it} = :gb_sets.next(it)
{y, _} = :gb_sets.next(it)
IO.inspect {x, y}
try do
  :gb_sets.insert(3, :gb_sets.from_list([3]))
rescue
  e -> IO.puts(Exception.message(e))
end
