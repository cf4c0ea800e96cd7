IO.inspect(:calendar.datetime_to_gregorian_seconds({{2024, 1, 31}, {10, 20, 30}}))
IO.inspect(:calendar.gregorian_seconds_to_datetime(63_873_426_030))
IO.inspect(:calendar.gregorian_seconds_to_datetime(0))
IO.inspect(:calendar.day_of_the_week({2024, 1, 31}))
IO.inspect(:calendar.day_of_the_week(2024, 2, 4))
IO.inspect(:calendar.is_leap_year(2024))
IO.inspect(:calendar.is_leap_year(1900))
IO.inspect(:calendar.is_leap_year(2000))
IO.inspect(:calendar.last_day_of_the_month(2024, 2))
IO.inspect(:calendar.last_day_of_the_month(2023, 2))
IO.inspect(:calendar.last_day_of_the_month(2023, 4))
IO.inspect(:calendar.last_day_of_the_month(2023, 12))
IO.inspect(:calendar.date_to_gregorian_days({2024, 1, 31}))
IO.inspect(:calendar.date_to_gregorian_days(1970, 1, 1))
IO.inspect(:calendar.date_to_gregorian_days(0, 1, 1))
IO.inspect(:calendar.gregorian_days_to_date(739_281))
IO.inspect(:calendar.gregorian_days_to_date(0))
IO.inspect(:calendar.gregorian_days_to_date(730_484))
IO.inspect(Enum.map([0, 59, 60, 365, 366, 1000, 146_096, 146_097, 999_999], &:calendar.gregorian_days_to_date/1))
IO.inspect(:calendar.valid_date({2024, 2, 29}))
IO.inspect(:calendar.valid_date(2023, 2, 29))
IO.inspect(:calendar.valid_date(2023, 13, 1))
IO.inspect(:calendar.valid_date(-1, 1, 1))
IO.inspect(:calendar.iso_week_number({2024, 1, 1}))
IO.inspect(:calendar.iso_week_number({2021, 1, 1}))
IO.inspect(:calendar.iso_week_number({2020, 12, 31}))
IO.inspect(:calendar.iso_week_number({2024, 12, 30}))
IO.inspect(:calendar.iso_week_number({2016, 1, 3}))
IO.inspect(:calendar.time_to_seconds({1, 2, 3}))
IO.inspect(:calendar.seconds_to_time(3723))
IO.inspect(:calendar.seconds_to_daystime(100_000))
IO.inspect(:calendar.seconds_to_daystime(-1))
IO.inspect(:calendar.now_to_datetime({1700, 0, 5}))
IO.inspect(:calendar.system_time_to_universal_time(1_700_000_000_000, :millisecond))
try do
  :calendar.is_leap_year(-1)
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  :calendar.date_to_gregorian_days(2023, 2, 29)
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  :calendar.last_day_of_the_month(2023, 13)
rescue
  e -> IO.puts(Exception.message(e))
end
