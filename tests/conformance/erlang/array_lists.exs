# :array: from_list, from_orddict, the list and orddict views, folds and maps.
a = :array.from_list([1, 2, 3])
IO.inspect a
IO.inspect :array.from_list([])
IO.inspect :array.from_list([], :d)
b = :array.from_list(Enum.to_list(1..25))
IO.inspect b, limit: :infinity
c = :array.from_list(Enum.to_list(1..123), 0)
IO.inspect c, limit: :infinity
IO.inspect :array.to_list(c) == Enum.to_list(1..123)
sparse = :array.set(30, :b, :array.set(3, :a, :array.new()))
IO.inspect :array.to_list(sparse)
IO.inspect :array.sparse_to_list(sparse)
IO.inspect :array.to_orddict(:array.from_list([:x, :y]))
IO.inspect :array.sparse_to_orddict(sparse)
IO.inspect :array.sparse_size(sparse)
IO.inspect :array.foldl(fn i, v, acc -> [{i, v} | acc] end, [], a)
IO.inspect :array.foldr(fn i, v, acc -> [{i, v} | acc] end, [], a)
IO.inspect :array.sparse_foldl(fn i, v, acc -> [{i, v} | acc] end, [], sparse)
IO.inspect :array.sparse_foldr(fn i, v, acc -> [{i, v} | acc] end, [], sparse)
IO.inspect :array.map(fn i, v -> {i, v} end, a)
IO.inspect :array.map(fn _i, v -> v end, sparse), limit: :infinity
IO.inspect :array.sparse_map(fn _i, v -> {v} end, sparse), limit: :infinity
IO.inspect :array.from_orddict([{0, :a}, {2, :c}])
IO.inspect :array.from_orddict([{1, :a}, {35, :b}], 0), limit: :infinity
IO.inspect :array.from_orddict([{5, :a}, {150, :b}]), limit: :infinity
IO.inspect :array.from_orddict(Enum.map(0..11, &{&1, &1})), limit: :infinity
try do
  :array.from_orddict([{2, :a}, {1, :b}])
rescue
  e -> IO.inspect(e)
end
try do
  :array.foldl(:notfun, 0, a)
rescue
  e -> IO.inspect(e)
end
