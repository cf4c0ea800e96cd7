IO.inspect(Date.to_erl(~D[2024-01-31]))
IO.inspect(Date.from_erl({2024, 1, 31}))
IO.inspect(Date.from_erl({2024, 2, 31}))
IO.inspect(Date.from_erl!({2000, 2, 29}))
try do
  Date.from_erl!({2001, 2, 29})
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
IO.inspect(Date.to_gregorian_days(~D[2024-01-31]))
IO.inspect(Date.from_gregorian_days(739281))
IO.inspect(Date.from_gregorian_days(0))
IO.inspect(Date.from_gregorian_days(-1))
IO.inspect(Date.convert(~D[2024-01-31], Calendar.ISO))
IO.inspect(Date.convert!(~D[2024-01-31], Calendar.ISO))
