m = %{a: 1}
try do
  Map.fetch!(m, :b)
rescue
  KeyError -> IO.puts("fetch!: KeyError")
end
try do
  Map.get(:not_a_map, :a)
rescue
  BadMapError -> IO.puts("get: BadMapError")
end
try do
  Map.put([], :a, 1)
rescue
  BadMapError -> IO.puts("put: BadMapError")
end
try do
  Map.replace!(m, :b, 1)
rescue
  KeyError -> IO.puts("replace!: KeyError")
end
try do
  Map.pop!(m, :b)
rescue
  KeyError -> IO.puts("pop!: KeyError")
end
try do
  map_size(:x)
rescue
  BadMapError -> IO.puts("map_size: BadMapError")
end
try do
  Map.keys("string")
rescue
  BadMapError -> IO.puts("keys: BadMapError")
end
try do
  Map.merge(%{}, 1)
rescue
  BadMapError -> IO.puts("merge: BadMapError")
end
