# :array with many entries: deep trees, sparse writes, resize and folds.
a = :array.from_list(Enum.to_list(0..1499))
{:array, size, max, default, e} = a
IO.inspect {size, max, default, tuple_size(e), elem(e, 10)}
IO.inspect :array.get(1234, a)
IO.inspect :array.foldl(fn _i, v, acc -> acc + v end, 0, a)
b = :array.set(12_345, :far, :array.new())
{:array, size, max, _, e} = b
IO.inspect {size, max, elem(e, 10)}
IO.inspect :array.sparse_to_orddict(b)
IO.inspect :array.sparse_size(b)
c = :array.resize(3, b)
IO.inspect {:array.size(c), :array.get(2, c)}
d = Enum.reduce([5, 50, 500, 5000], :array.new(default: 0), fn i, acc -> :array.set(i, i, acc) end)
IO.inspect :array.sparse_to_list(d)
IO.inspect :array.sparse_foldr(fn i, v, acc -> [{i, v} | acc] end, [], d)
IO.inspect :array.size(d)
IO.inspect :array.to_list(:array.resize(7, d))
