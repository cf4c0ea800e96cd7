IO.inspect(NaiveDateTime.new(2024, 1, 31, 10, 0, 0))
IO.inspect(NaiveDateTime.new(2024, 2, 30, 10, 0, 0))
IO.inspect(NaiveDateTime.new(2024, 2, 1, 24, 0, 0))
IO.inspect(NaiveDateTime.new(2024, 2, 1, 23, 0, 0, 5))
IO.inspect(NaiveDateTime.new(2024, 2, 1, 23, 0, 0, {5, 2}))
IO.inspect(NaiveDateTime.new(~D[2024-01-31], ~T[10:00:00.5]))
IO.inspect(NaiveDateTime.new!(~D[2024-01-31], ~T[10:00:00]))
IO.inspect(NaiveDateTime.new!(2000, 1, 1, 0, 0, 0))
try do
  NaiveDateTime.new!(2000, 1, 1, 0, 0, 60)
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
try do
  NaiveDateTime.new!(2000, 1, 32, 0, 0, 0)
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
n = ~N[2024-01-31 10:20:30.405]
IO.inspect(n)
IO.puts(n)
IO.inspect({n.year, n.month, n.day, n.hour, n.minute, n.second, n.microsecond})
IO.inspect(~N[2024-01-31T10:20:30])
IO.inspect(~N[2024-01-31 10:20:30Z])
IO.inspect(~N[-0010-01-31 10:20:30])
IO.inspect(NaiveDateTime.to_date(n))
IO.inspect(NaiveDateTime.to_time(n))
