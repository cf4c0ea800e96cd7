for d <- Date.range(~D[2024-01-01], ~D[2024-01-08]) do
  IO.inspect({d, Date.day_of_week(d), Date.day_of_week(d, :sunday), Date.day_of_week(d, :wednesday)})
end
IO.inspect(Date.beginning_of_week(~D[2024-01-04]))
IO.inspect(Date.beginning_of_week(~D[2024-01-01]))
IO.inspect(Date.beginning_of_week(~D[2024-01-04], :sunday))
IO.inspect(Date.end_of_week(~D[2024-01-04]))
IO.inspect(Date.end_of_week(~D[2024-01-07]))
IO.inspect(Date.end_of_week(~D[2024-01-04], :saturday))
IO.inspect(Date.end_of_week(~D[2024-01-04], :tuesday))
IO.inspect(Date.day_of_week(~D[0000-01-01]))
IO.inspect(Date.day_of_week(~D[-0001-01-01]))
