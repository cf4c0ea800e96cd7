# :calendar as OTP 25's calendar.erl behaves: Gregorian days and seconds
# from year 0, ISO week numbers, validation; the same guards (so the same
# FunctionClauseErrors) and the same if_clause errors for days past a month's
# end. Local time is the C library's (erlang:localtime/0, runtime/builtins/time.cpp).
defmodule :calendar do
  @seconds_per_day 86_400
  @days_from_0_to_1970 719_528

  def local_time(), do: :erlang.localtime()
  def universal_time(), do: :erlang.universaltime()
  def local_time_to_universal_time(datetime), do: :erlang.localtime_to_universaltime(datetime)
  def universal_time_to_local_time(datetime), do: :erlang.universaltime_to_localtime(datetime)

  def date_to_gregorian_days({year, month, day}), do: date_to_gregorian_days(year, month, day)

  def date_to_gregorian_days(year, month, day) when is_integer(day) and day > 0 do
    if day <= last_day_of_the_month(year, month) do
      dy(year) + dm(month) + df(year, month) + day - 1
    else
      :erlang.error(:if_clause)
    end
  end

  def datetime_to_gregorian_seconds({date, time}),
    do: @seconds_per_day * date_to_gregorian_days(date) + time_to_seconds(time)

  def day_of_the_week({year, month, day}), do: day_of_the_week(year, month, day)
  def day_of_the_week(year, month, day), do: rem(date_to_gregorian_days(year, month, day) + 5, 7) + 1

  def gregorian_days_to_date(days) do
    {year, day_of_year} = day_to_year(days)
    {month, day} = year_day_to_date(year, day_of_year)
    {year, month, day}
  end

  def gregorian_seconds_to_datetime(secs) when secs >= 0 do
    {gregorian_days_to_date(div(secs, @seconds_per_day)), seconds_to_time(rem(secs, @seconds_per_day))}
  end

  def is_leap_year(y) when is_integer(y) and y >= 0, do: leap?(y)

  defp leap?(y) when rem(y, 4) == 0 and rem(y, 100) > 0, do: true
  defp leap?(y) when rem(y, 400) == 0, do: true
  defp leap?(_), do: false

  def iso_week_number() do
    {date, _} = local_time()
    iso_week_number(date)
  end

  def iso_week_number({year, month, day}) do
    d = date_to_gregorian_days({year, month, day})
    w01 = iso_w01_1(year)
    w01_next = iso_w01_1(year + 1)

    cond do
      w01 <= d and d < w01_next ->
        {year, div(d - w01, 7) + 1}

      d < w01 ->
        weeks =
          if day_of_the_week(year - 1, 1, 1) == 4 or day_of_the_week(year - 1, 12, 31) == 4, do: 53, else: 52

        {year - 1, weeks}

      w01_next <= d ->
        {year + 1, 1}
    end
  end

  defp iso_w01_1(year) do
    d0101 = date_to_gregorian_days(year, 1, 1)
    dow = day_of_the_week(year, 1, 1)
    if dow <= 4, do: d0101 - dow + 1, else: d0101 + 7 - dow + 1
  end

  def last_day_of_the_month(y, m) when is_integer(y) and y >= 0, do: last_day_of_the_month1(y, m)

  defp last_day_of_the_month1(_, m) when m in [4, 6, 9, 11], do: 30
  defp last_day_of_the_month1(y, 2), do: if(is_leap_year(y), do: 29, else: 28)
  defp last_day_of_the_month1(_, m) when is_integer(m) and m > 0 and m < 13, do: 31

  def now_to_datetime({mega, sec, _micro}),
    do: gregorian_seconds_to_datetime(mega * 1_000_000 + sec + @days_from_0_to_1970 * @seconds_per_day)

  def now_to_universal_time(now), do: now_to_datetime(now)
  def now_to_local_time(now), do: universal_time_to_local_time(now_to_universal_time(now))

  def seconds_to_daystime(secs) do
    days = div(secs, @seconds_per_day)
    rest = rem(secs, @seconds_per_day)
    if rest < 0, do: {days - 1, seconds_to_time(rest + @seconds_per_day)}, else: {days, seconds_to_time(rest)}
  end

  def seconds_to_time(secs) when secs >= 0 and secs < @seconds_per_day do
    {div(secs, 3600), div(rem(secs, 3600), 60), rem(secs, 60)}
  end

  def time_difference({{_, _, _}, {_, _, _}} = t1, {{_, _, _}, {_, _, _}} = t2) do
    seconds_to_daystime(datetime_to_gregorian_seconds(t2) - datetime_to_gregorian_seconds(t1))
  end

  def time_to_seconds({h, m, s}) when is_integer(h) and is_integer(m) and is_integer(s), do: h * 3600 + m * 60 + s

  def system_time_to_universal_time(time, unit) do
    secs = :erlang.convert_time_unit(time, unit, :second)
    gregorian_seconds_to_datetime(secs + @days_from_0_to_1970 * @seconds_per_day)
  end

  def system_time_to_local_time(time, unit),
    do: universal_time_to_local_time(system_time_to_universal_time(time, unit))

  def valid_date({y, m, d}), do: valid_date(y, m, d)

  def valid_date(y, m, d) when is_integer(y) and is_integer(m) and is_integer(d) do
    if y >= 0 and m > 0 and m < 13 and d > 0, do: d <= last_day_of_the_month(y, m), else: false
  end

  # Days before a year, a month (non-leap), and the leap day's offset.
  defp dy(y) when y <= 0, do: 0

  defp dy(y) do
    x = y - 1
    div(x, 4) - div(x, 100) + div(x, 400) + x * 365 + 366
  end

  defp dm(m), do: elem({0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334}, m - 1)

  defp df(_, m) when m < 3, do: 0
  defp df(y, _), do: if(is_leap_year(y), do: 1, else: 0)

  defp day_to_year(day_of_epoch) when day_of_epoch >= 0 do
    y_max = div(day_of_epoch, 365)
    y_min = div(day_of_epoch, 366)
    {y1, d1} = dty(y_min, y_max, day_of_epoch, dy(y_min), dy(y_max))
    {y1, day_of_epoch - d1}
  end

  defp dty(min, max, _d1, dmin, _dmax) when min == max, do: {min, dmin}

  defp dty(min, max, d1, dmin, dmax) do
    diff = max - min
    mid = min + div(diff * (d1 - dmin), dmax - dmin)
    mid_length = if is_leap_year(mid), do: 366, else: 365

    case dy(mid) do
      d2 when d1 < d2 -> new_max = mid - 1; dty(min, new_max, d1, dmin, dy(new_max))
      d2 when d1 - d2 >= mid_length -> new_min = mid + 1; dty(new_min, max, d1, dy(new_min), dmax)
      d2 -> {mid, d2}
    end
  end

  defp year_day_to_date(year, day_of_year) do
    extra = if is_leap_year(year), do: 1, else: 0
    {month, day} = year_day_to_date2(extra, day_of_year)
    {month, day + 1}
  end

  @starts [{12, 334}, {11, 304}, {10, 273}, {9, 243}, {8, 212}, {7, 181}, {6, 151}, {5, 120}, {4, 90},
           {3, 59}, {2, 31}, {1, 0}]

  defp year_day_to_date2(extra, day) do
    Enum.find_value(@starts, fn {month, start} ->
      start = if month > 2, do: start + extra, else: start
      if day >= start, do: {month, day - start}
    end)
  end
end
