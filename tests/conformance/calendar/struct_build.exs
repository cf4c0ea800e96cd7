try do
  Code.eval_string("%Date{year: 2024}")
rescue
  e -> IO.puts(Exception.message(e))
end
d = %Date{year: 2024, month: 2, day: 29}
IO.inspect(d)
IO.inspect(%{d | day: 28})
IO.inspect(struct!(Time, hour: 1, minute: 2, second: 3))
IO.inspect(%NaiveDateTime{year: 1, month: 1, day: 1, hour: 0, minute: 0, second: 0})
IO.inspect(Date.__struct__() |> Map.keys() |> Enum.sort())
IO.inspect(is_struct(~D[2024-01-01], Date))
IO.inspect(match?(%Date{}, ~N[2024-01-01 00:00:00]))
IO.inspect(match?(%{year: _, month: _, day: _}, ~N[2024-01-01 00:00:00]))
IO.inspect(Date.to_string(%{year: 2024, month: 1, day: 2, calendar: Calendar.ISO}))
IO.inspect(Date.day_of_week(~N[2024-01-01 10:00:00]))
IO.inspect(Date.add(~N[2024-01-01 10:00:00], 1))
IO.inspect(Time.to_string(~N[2024-01-01 10:00:00.25]))
IO.inspect(NaiveDateTime.to_string(~U[2024-01-01 10:00:00Z]))
