try do
  Date.new!(2024, 13, 1)
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
try do
  Date.add(%Date{year: 2024, month: 2, day: 30}, 1)
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
try do
  Calendar.ISO.days_in_month(2024, 13)
rescue
  e in FunctionClauseError -> IO.puts(Exception.message(e))
end
try do
  Date.to_iso8601(~D[2024-01-01], :other)
rescue
  e in FunctionClauseError -> IO.puts(Exception.message(e))
end
try do
  Calendar.ISO.date_to_iso_days(2023, 2, 29)
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
IO.inspect(Calendar.ISO.valid_date?(2024, 2, 29))
IO.inspect(Calendar.ISO.valid_date?(2023, 2, 29))
IO.inspect(Calendar.ISO.leap_year?(2100))
IO.inspect(Calendar.ISO.leap_year?(2400))
