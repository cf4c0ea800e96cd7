m = %{a: 1, b: 2, c: 3}
IO.inspect(Map.update(m, :a, 0, &(&1 + 10)))
IO.inspect(Map.update(m, :z, 0, &(&1 + 10)))
IO.inspect(Map.update!(m, :b, &(&1 * 3)))
IO.inspect(Map.get_lazy(m, :c, fn -> :lazy end))
IO.inspect(Map.get_lazy(m, :q, fn -> :lazy end))
IO.inspect(Map.put_new_lazy(m, :a, fn -> 0 end))
IO.inspect(Map.put_new_lazy(m, :d, fn -> 4 end))
IO.inspect(Map.filter(m, fn {_k, v} -> v > 1 end))
IO.inspect(Map.reject(m, fn {_k, v} -> v > 1 end))
IO.inspect(Map.new([1, 2, 3], fn x -> {x, x * x} end))
IO.inspect(Map.new(%{a: 1}, fn {k, v} -> {v, k} end))
try do
  Map.update!(m, :nope, & &1)
rescue
  e in KeyError -> IO.puts(Exception.message(e))
end
try do
  Map.update(:not_map, :a, 1, & &1)
rescue
  e in BadMapError -> IO.puts(Exception.message(e))
end
