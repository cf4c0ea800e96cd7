counts =
  IO.stream(:stdio, :line)
  |> Stream.flat_map(&String.split/1)
  |> Enum.frequencies()
  |> Enum.sort()
for {w, n} <- counts, do: IO.puts("#{w}: #{n}")
