for d <- [{2024, 1, 1}, {2024, 12, 31}, {2023, 1, 1}, {2026, 11, 21}, {2000, 2, 29}, {1, 1, 1}] do
  IO.inspect({d, :calendar.day_of_the_week(d), :calendar.iso_week_number(d), :calendar.date_to_gregorian_days(d)})
end
secs = :calendar.datetime_to_gregorian_seconds({{1970, 1, 1}, {0, 0, 0}})
IO.inspect(secs)
IO.inspect(:calendar.gregorian_seconds_to_datetime(secs + 1_700_000_000))
IO.inspect(:calendar.time_difference({{2024, 1, 1}, {0, 0, 0}}, {{2024, 1, 2}, {1, 2, 3}}))
IO.inspect(:calendar.seconds_to_daystime(86_400 * 3 + 5))
IO.inspect(:calendar.valid_date(2024, 4, 31))
IO.inspect(:calendar.valid_date(2024, 4, 30))
IO.inspect(:calendar.last_day_of_the_month(2000, 2))
IO.inspect(:calendar.is_leap_year(0))
IO.inspect(:calendar.gregorian_days_to_date(:calendar.date_to_gregorian_days(2024, 2, 29) + 366))
try do
  :calendar.gregorian_seconds_to_datetime(-1)
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  :calendar.seconds_to_time(86_400)
rescue
  e -> IO.puts(Exception.message(e))
end
