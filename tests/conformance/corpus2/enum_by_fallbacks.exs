# Enum.max_by/3 and min_by/3 with an empty fallback (a function of arity 0)
# as the third argument, and with a sorter or a module.
IO.inspect Enum.max_by([], & &1, fn -> :empty end)
IO.inspect Enum.min_by([], & &1, fn -> :empty end)
IO.inspect Enum.max_by(["a", "ccc", "bb"], &String.length/1, fn -> :empty end)
IO.inspect Enum.min_by(["a", "ccc", "bb"], &String.length/1, fn -> :empty end)
IO.inspect Enum.max_by([1, 2, 3], &(-&1), &>=/2)
IO.inspect Enum.min_by([~D[2020-01-02], ~D[2019-05-01]], & &1, Date)
IO.inspect Enum.max_by([~D[2020-01-02], ~D[2019-05-01]], & &1, Date, fn -> :none end)
IO.inspect Enum.max_by(%{a: 3, b: 1}, fn {_k, v} -> v end)
IO.inspect Enum.max([], fn -> :no_max end)
IO.inspect Enum.min([3, 1, 2], &<=/2, fn -> :no_min end)

try do
  Enum.max_by([], & &1)
rescue
  e -> IO.inspect(e)
end
