IO.inspect(Date.from_iso8601("2024-01-31"))
IO.inspect(Date.from_iso8601("2024-02-30"))
IO.inspect(Date.from_iso8601("2024/01/31"))
IO.inspect(Date.from_iso8601("20240131"))
IO.inspect(Date.from_iso8601("-2024-01-31"))
IO.inspect(Date.from_iso8601("+2024-01-31"))
IO.inspect(Date.from_iso8601("2024-01-31T00:00:00"))
IO.inspect(Date.from_iso8601("2024-1-31"))
IO.inspect(Date.from_iso8601(""))
IO.inspect(Date.from_iso8601!("2015-01-23"))
try do
  Date.from_iso8601!("2015:01:23")
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
try do
  Date.from_iso8601!("2015-02-31")
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
IO.puts(Date.to_iso8601(~D[2024-01-31]))
IO.puts(Date.to_iso8601(~D[2024-01-31], :basic))
IO.puts(Date.to_iso8601(~D[-0100-01-31]))
IO.puts(Date.to_iso8601(~N[2024-01-31 10:00:00]))
IO.puts(Date.to_string(~D[0005-01-31]))
IO.puts(Date.to_string(~U[2024-01-31 10:00:00Z]))
IO.inspect(Calendar.ISO.parse_date("20240131", :basic))
IO.inspect(Calendar.ISO.parse_date("2024-01-31", :basic))
