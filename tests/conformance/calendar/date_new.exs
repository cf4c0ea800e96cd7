IO.inspect(Date.new(2024, 2, 29))
IO.inspect(Date.new(2023, 2, 29))
IO.inspect(Date.new(2024, 13, 1))
IO.inspect(Date.new(2024, 0, 1))
IO.inspect(Date.new(-1, 1, 1))
IO.inspect(Date.new(10000, 1, 1))
IO.inspect(Date.new!(2000, 1, 1))
IO.inspect(Date.new!(0, 1, 1))
IO.inspect(Date.new!(-44, 3, 15))
try do
  Date.new!(2024, 2, 30)
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
d = Date.new!(2024, 1, 31)
IO.inspect({d.year, d.month, d.day, d.calendar})
IO.inspect(Map.keys(d) |> Enum.sort())
