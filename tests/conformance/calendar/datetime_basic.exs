dt = ~U[2024-01-31 10:20:30Z]
IO.inspect(dt)
IO.puts(dt)
IO.inspect(~U[2024-01-31 10:20:30.123Z])
IO.inspect(~U[2024-01-31T10:20:30+00:00])
IO.inspect({dt.time_zone, dt.zone_abbr, dt.utc_offset, dt.std_offset, dt.microsecond})
IO.inspect(DateTime.to_date(dt))
IO.inspect(DateTime.to_time(dt))
IO.inspect(DateTime.to_naive(dt))
IO.inspect(DateTime.to_string(dt))
IO.inspect(DateTime.to_iso8601(dt))
IO.inspect(DateTime.to_iso8601(dt, :basic))
IO.inspect(DateTime.to_iso8601(dt, :extended, 3600))
IO.inspect(DateTime.to_iso8601(dt, :extended, -5400))
IO.inspect(DateTime.to_iso8601(dt, :basic, 0))
IO.inspect(DateTime.new(~D[2024-01-31], ~T[10:20:30]))
IO.inspect(DateTime.new!(~D[2024-01-31], ~T[10:20:30.5]))
IO.inspect(DateTime.new(~D[2024-01-31], ~T[10:20:30], "Europe/Paris"))
try do
  DateTime.new!(~D[2024-01-31], ~T[10:20:30], "Europe/Paris")
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
other = %DateTime{year: 2024, month: 1, day: 31, hour: 11, minute: 20, second: 30, microsecond: {0, 0},
  time_zone: "Europe/Paris", zone_abbr: "CET", utc_offset: 3600, std_offset: 0}
IO.inspect(other)
IO.puts(other)
IO.inspect(DateTime.to_iso8601(other))
IO.inspect(DateTime.compare(other, dt))
IO.inspect(DateTime.diff(other, dt))
IO.inspect(DateTime.to_unix(other))
IO.inspect(DateTime.shift_zone(other, "Etc/UTC"))
IO.inspect(DateTime.shift_zone(dt, "Europe/Paris"))
