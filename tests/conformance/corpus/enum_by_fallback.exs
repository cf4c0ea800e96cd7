# Enum.min_by/max_by with an empty fallback as the third argument
IO.inspect(Enum.min_by([], & &1, fn -> :none end))
IO.inspect(Enum.max_by([], & &1, fn -> :none end))
IO.inspect(Enum.min_by(["bb", "a", "ccc"], &String.length/1, fn -> :none end))
IO.inspect(Enum.max_by(["bb", "a", "ccc"], &String.length/1, fn -> :none end))
IO.inspect(Enum.min_by(["bb", "a", "ccc"], &String.length/1, &>=/2))
IO.inspect(Enum.max_by([~D[2020-01-02], ~D[2021-01-01]], & &1, Date))
IO.inspect(Enum.min_by([], & &1, &<=/2, fn -> :empty end))
IO.inspect(Enum.min_max_by([], & &1, fn -> :empty end))
IO.inspect(Enum.min_max_by([3, 1, 2], &(-&1)))

try do
  Enum.max_by([], & &1)
rescue
  e -> IO.inspect(e)
end
