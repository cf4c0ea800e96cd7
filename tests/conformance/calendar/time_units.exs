n = ~N[2024-01-01 00:00:00]
for unit <- [:second, :millisecond, :microsecond, :nanosecond, 10, 100, 1000] do
  IO.inspect({unit, NaiveDateTime.add(n, 12345, unit)})
end
for unit <- [:second, :millisecond, :microsecond, :nanosecond, :minute, :hour, :day] do
  IO.inspect({unit, NaiveDateTime.diff(~N[2024-01-02 03:04:05.678901], n, unit)})
end
for unit <- [:second, :millisecond, :microsecond, :nanosecond] do
  IO.inspect({unit, DateTime.to_unix(~U[2024-01-02 03:04:05.678901Z], unit)})
  IO.inspect({unit, DateTime.from_unix!(1_700_000_000, unit)})
end
try do
  NaiveDateTime.add(n, 1, :week)
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  DateTime.from_unix(1, :bogus)
rescue
  e -> IO.puts(Exception.message(e))
end
