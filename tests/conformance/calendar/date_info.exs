for d <- [~D[2024-01-01], ~D[2024-02-15], ~D[2023-02-15], ~D[2024-04-30], ~D[2024-12-31], ~D[1900-03-01], ~D[2000-03-01], ~D[-0001-06-01], ~D[0000-12-31]] do
  IO.inspect({d, Date.day_of_year(d), Date.days_in_month(d), Date.leap_year?(d), Date.quarter_of_year(d),
   Date.year_of_era(d), Date.day_of_era(d), Date.months_in_year(d)})
  IO.inspect({Date.beginning_of_month(d), Date.end_of_month(d)})
end
