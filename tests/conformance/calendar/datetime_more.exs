dt = %DateTime{year: 2024, month: 3, day: 31, hour: 1, minute: 30, second: 0, microsecond: {500, 3},
  time_zone: "America/Sao_Paulo", zone_abbr: "-03", utc_offset: -10800, std_offset: 0}
IO.inspect(dt)
IO.puts(DateTime.to_string(dt))
IO.puts(DateTime.to_iso8601(dt))
IO.puts(DateTime.to_iso8601(dt, :basic))
IO.puts(DateTime.to_iso8601(dt, :extended, 0))
IO.inspect(DateTime.to_unix(dt, :millisecond))
IO.inspect(DateTime.to_naive(dt))
IO.inspect(DateTime.to_gregorian_seconds(dt))
IO.inspect(DateTime.compare(dt, ~U[2024-03-31 04:30:00.000Z]))
IO.inspect(DateTime.diff(~U[2024-03-31 05:30:00Z], dt, :minute))
IO.inspect(DateTime.shift_zone(dt, "Etc/UTC"))
IO.inspect(DateTime.shift_zone(dt, "America/Sao_Paulo"))
IO.puts(Calendar.strftime(dt, "%z %Z %c"))
IO.inspect(DateTime.truncate(dt, :second))
try do
  DateTime.add(dt, 1)
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
IO.inspect(DateTime.from_unix(1_700_000_000, :second, Calendar.ISO))
IO.inspect(DateTime.utc_now(Calendar.ISO).calendar)
IO.inspect(DateTime.from_iso8601("2024-01-01T00:00:00.123456789Z"))
