defmodule Check do
  def run(f) do
    try do
      f.()
    rescue
      e -> "#{inspect(e.__struct__)}: #{Exception.message(e)}"
    end
  end
end

tests = [
  fn -> String.upcase(nil) end,
  fn -> Enum.map(5, & &1) end,
  fn -> Integer.parse(5) end,
  fn -> String.split(:atom, ",") end,
  fn -> Enum.sum([1, :a]) end,
  fn -> Keyword.get(%{}, :a) end,
  fn -> List.first(%{}) end,
  fn -> Enum.at([1], "x") end,
  fn -> Map.put(:not_map, :a, 1) end,
  fn -> String.to_atom(1) end,
  fn -> Enum.reduce([], fn x, acc -> x + acc end) end,
  fn -> Enum.max([]) end,
  fn -> Enum.chunk_every([1], 0) end,
  fn -> String.pad_leading("a", -1) end,
  fn -> Float.round(1) end,
  fn -> Integer.to_string(1.5) end,
  fn -> String.duplicate("a", -1) end,
  fn -> Enum.fetch!([], 0) end,
  fn -> Keyword.fetch!([a: 1], :b) end,
  fn -> :lists.nth(5, [1]) end,
  fn -> Enum.zip(1, 2) end,
  fn -> Regex.run(~r/a/, :x) end,
  fn -> String.replace("a", 1, "b") end,
  fn -> Tuple.to_list([]) end
]

for {t, i} <- Enum.with_index(tests, 1), do: IO.puts("#{i}: #{Check.run(t)}")
