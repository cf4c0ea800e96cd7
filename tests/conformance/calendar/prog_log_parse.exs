lines = [
  "2024-01-31T10:20:30Z INFO started",
  "2024-01-31T10:21:00.500Z WARN slow",
  "2024-01-31T12:00:00+02:00 ERROR failed",
  "garbage line",
]
parsed =
  for line <- lines do
    [ts | rest] = String.split(line, " ", parts: 2)
    case DateTime.from_iso8601(ts) do
      {:ok, dt, offset} -> {:ok, dt, offset, rest}
      {:error, reason} -> {:error, reason}
    end
  end
Enum.each(parsed, &IO.inspect/1)
oks = for {:ok, dt, _, _} <- parsed, do: dt
IO.inspect(Enum.sort(oks, DateTime))
[a, b | _] = oks
IO.inspect(DateTime.diff(b, a, :millisecond))
IO.inspect(Enum.map(oks, &DateTime.to_unix/1))
IO.inspect(Enum.map(oks, &Calendar.strftime(&1, "%H:%M:%S.%f")))
