dt = ~U[2024-01-31 23:59:59Z]
IO.inspect(DateTime.add(dt, 1))
IO.inspect(DateTime.add(dt, 1, :day))
IO.inspect(DateTime.add(dt, -24, :hour))
IO.inspect(DateTime.add(dt, 10, :minute))
IO.inspect(DateTime.add(dt, 1500, :millisecond))
IO.inspect(DateTime.add(~U[2024-01-31 23:59:59.000Z], 1500, :millisecond))
IO.inspect(DateTime.add(~U[2024-01-31 23:59:59.000000Z], -1, :microsecond))
IO.inspect(DateTime.diff(~U[2024-02-01 00:00:00Z], dt))
IO.inspect(DateTime.diff(~U[2024-02-01 00:00:00Z], dt, :microsecond))
IO.inspect(DateTime.diff(~U[2024-03-01 00:00:00Z], dt, :day))
IO.inspect(DateTime.diff(~U[2024-03-01 00:00:00Z], dt, :hour))
IO.inspect(DateTime.diff(~U[2024-03-01 00:00:00Z], dt, :minute))
IO.inspect(DateTime.compare(dt, ~U[2024-01-31 23:59:59.000Z]))
IO.inspect(DateTime.compare(dt, ~U[2024-02-01 00:00:00Z]))
IO.inspect(DateTime.compare(~U[2024-02-01 00:00:00Z], dt))
IO.inspect(Enum.sort([~U[2024-02-01 00:00:00Z], dt], DateTime))
IO.inspect(DateTime.truncate(~U[2024-01-31 23:59:59.987654Z], :millisecond))
IO.inspect(DateTime.truncate(~U[2024-01-31 23:59:59.987654Z], :second))
IO.inspect(DateTime.to_gregorian_seconds(dt))
IO.inspect(DateTime.from_gregorian_seconds(63_873_446_399))
IO.inspect(DateTime.from_gregorian_seconds(0, {1, 6}))
IO.inspect(DateTime.convert(dt, Calendar.ISO))
IO.inspect(DateTime.from_naive(~N[2024-01-31 10:00:00], "Etc/UTC"))
IO.inspect(DateTime.from_naive(~N[2024-01-31 10:00:00], "America/New_York"))
IO.inspect(DateTime.from_naive!(~N[2024-01-31 10:00:00.5], "Etc/UTC"))
try do
  DateTime.from_naive!(~N[2024-01-31 10:00:00], "America/New_York")
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
IO.inspect(DateTime.shift_zone(dt, "Etc/UTC"))
IO.inspect(DateTime.shift_zone!(dt, "Etc/UTC"))
try do
  DateTime.shift_zone!(dt, "Asia/Tokyo")
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
