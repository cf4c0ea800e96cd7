# :erlang.phash2/1 of lists (charlists too), improper lists, tuples, maps
# (flat and large), nested terms, and phash2/2 ranges.
terms = [[], [1], [1, 2, 3], 'abc', 'abcd', 'abcde', 'hello world', [256], [1, 256, 2],
         [-1], [:a, :b], [[]], [[], []], [1 | 2], [1, 2 | 3], ['ab' | 'cd'], [1.5],
         {}, {1}, {1, 2}, {:ok, "value"}, {:error, :reason, [1, 2]}, {{}, {{}}},
         %{}, %{a: 1}, %{a: 1, b: 2}, %{1 => :one, "two" => 2, [3] => {3}},
         %{nested: %{deep: [1, 2, %{}]}}, [a: 1, b: 2], {[], %{}, ""}]
for t <- terms, do: IO.puts("#{inspect(t)} #{:erlang.phash2(t)}")
big = Map.new(1..100, fn i -> {i, i * i} end)
IO.puts :erlang.phash2(big)
strs = Map.new(1..50, fn i -> {"k#{i}", [i]} end)
IO.puts :erlang.phash2(strs)
IO.puts :erlang.phash2(Enum.to_list(1..300))
IO.puts :erlang.phash2(List.duplicate({:x, "y"}, 20))
# Key order does not matter for maps.
IO.inspect :erlang.phash2(%{a: 1, b: 2}) == :erlang.phash2(Map.put(%{b: 2}, :a, 1))
# Ranges.
for r <- [1, 2, 7, 100, 1000, 65536, 4_294_967_295, 4_294_967_296] do
  IO.inspect Enum.map([:a, "b", 3, {4}, [5]], &:erlang.phash2(&1, r))
end
for r <- [0, -1, 1.5, :a, 4_294_967_297, 1_000_000_000_000_000_000_000] do
  try do
    :erlang.phash2(:x, r)
  rescue
    e in ArgumentError -> IO.puts(Exception.message(e))
  end
end
