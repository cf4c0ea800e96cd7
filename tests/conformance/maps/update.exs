m = %{a: 1, b: 2, c: 3}
IO.inspect(%{m | a: 10})
IO.inspect(%{m | a: 10, c: 30})
IO.inspect(%{m | :b => "bee"})
IO.inspect(m)
try do
  %{m | d: 4}
rescue
  KeyError -> IO.puts("KeyError")
end
n = 1
try do
  %{n | d: 4}
rescue
  BadMapError -> IO.puts("BadMapError")
end
