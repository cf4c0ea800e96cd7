dt = ~U[2024-01-05 09:07:03.012345Z]
for f <- ["%Y-%m-%d", "%y/%m/%d", "%H:%M:%S", "%I:%M %p", "%I:%M %P", "%a %A", "%b %B", "%j", "%q", "%u", "%f",
          "%z", "%Z", "%%", "%c", "%x", "%X", "%-d/%-m/%Y", "%_d|%_m", "%5Y|%010d", "%3a|%10A", "%-j", "%e?"] do
  try do
    IO.inspect({f, Calendar.strftime(dt, f)})
  rescue
    e in ArgumentError -> IO.inspect({f, Exception.message(e)})
  end
end
IO.puts(Calendar.strftime(~D[2024-12-25], "%A, %B %d, %Y"))
IO.puts(Calendar.strftime(~T[23:15:00], "%I:%M %p"))
IO.puts(Calendar.strftime(~T[00:15:00], "%I:%M %p"))
IO.puts(Calendar.strftime(~T[12:15:00], "%I:%M %P"))
IO.puts(Calendar.strftime(~N[2024-02-29 13:05:00.5], "%c|%f"))
IO.puts(Calendar.strftime(~T[12:15:00], "%f"))
IO.puts(Calendar.strftime(~N[2024-02-29 13:05:00], "%z|%Z"))
IO.puts(Calendar.strftime(~D[2024-02-29], "%m", month_names: fn _ -> "x" end))
IO.puts(Calendar.strftime(~D[2024-02-29], "%B %b", month_names: fn m -> "M#{m}" end, abbreviated_month_names: fn m -> "m#{m}" end))
IO.puts(Calendar.strftime(~N[2024-02-29 13:05:00], "%c", preferred_datetime: "%d.%m.%Y"))
IO.puts(Calendar.strftime(~N[2024-02-29 13:05:00], "%x %X", preferred_date: "%d/%m", preferred_time: "%Hh"))
IO.puts(Calendar.strftime(~N[2024-02-29 13:05:00], "%p", am_pm_names: fn :am -> "vorm"; :pm -> "nachm" end))
IO.puts(Calendar.strftime(~D[2024-02-29], "%A", day_of_week_names: fn d -> "D#{d}" end))
try do
  Calendar.strftime(~D[2024-02-29], "%c", preferred_datetime: "%c")
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
try do
  Calendar.strftime(~D[2024-02-29], "%Y", foo: 1)
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
try do
  Calendar.strftime(~D[2024-02-29], "%H")
rescue
  e in KeyError -> IO.puts(Exception.message(e))
end
