# Calendar.ISO: the proleptic Gregorian calendar of ISO 8601, with Elixir
# 1.14's callbacks, parsers and error reasons (docs/calendar.md). Days are
# counted from 0000-01-01 ("iso days"); a time of day is a fraction
# {parts, parts_per_day}, in microseconds for this calendar.
defmodule Calendar.ISO do


  @unix_epoch 62_167_219_200
  @unix_first (315_537_897_600 + 62_167_219_200) * -1_000_000
  @unix_last 315_569_519_999_999_999 - 62_167_219_200 * 1_000_000
  @parts_per_day 86_400_000_000
  @seconds_per_day 86_400
  @iso_epoch 366

  defguardp is_format(f) when f == :basic or f == :extended
  defguardp is_year(y) when is_integer(y) and y >= -9999 and y <= 9999
  defguardp is_month(m) when is_integer(m) and m >= 1 and m <= 12
  defguardp is_day(d) when is_integer(d) and d >= 1 and d <= 31

  # -- Parsing -------------------------------------------------------------

  def parse_time(string) when is_binary(string), do: parse_time(string, :extended)

  def parse_time(string, format) when is_binary(string) and is_format(format) do
    string = with "T" <> rest <- string, do: rest

    case read_time(string, format) do
      {hour, minute, second, rest} ->
        with {microsecond, rest} <- parse_microsecond(rest),
             {_offset, ""} <- parse_offset(rest) do
          if valid_time?(hour, minute, second, microsecond),
            do: {:ok, {hour, minute, second, microsecond}},
            else: {:error, :invalid_time}
        else
          _ -> {:error, :invalid_format}
        end

      nil ->
        {:error, :invalid_format}
    end
  end

  def parse_date(string) when is_binary(string), do: parse_date(string, :extended)

  def parse_date(string, format) when is_binary(string) and is_format(format) do
    {sign, string} = split_sign(string)

    case read_date(string, format) do
      {year, month, day, ""} ->
        year = sign * year
        if valid_date?(year, month, day), do: {:ok, {year, month, day}}, else: {:error, :invalid_date}

      _ ->
        {:error, :invalid_format}
    end
  end

  def parse_naive_datetime(string) when is_binary(string), do: parse_naive_datetime(string, :extended)

  def parse_naive_datetime(string, format) when is_binary(string) and is_format(format) do
    case read_datetime(string, format) do
      {year, month, day, hour, minute, second, rest} ->
        with {microsecond, rest} <- parse_microsecond(rest),
             {_offset, ""} <- parse_offset(rest) do
          check_datetime(year, month, day, hour, minute, second, microsecond)
        else
          _ -> {:error, :invalid_format}
        end

      nil ->
        {:error, :invalid_format}
    end
  end

  def parse_utc_datetime(string) when is_binary(string), do: parse_utc_datetime(string, :extended)

  def parse_utc_datetime(string, format) when is_binary(string) and is_format(format) do
    case read_datetime(string, format) do
      {year, month, day, hour, minute, second, rest} ->
        with {microsecond, rest} <- parse_microsecond(rest),
             {offset, ""} <- parse_offset(rest) do
          case check_datetime(year, month, day, hour, minute, second, microsecond) do
            {:ok, _} when offset == nil ->
              {:error, :missing_offset}

            {:ok, parsed} when offset == 0 ->
              {:ok, parsed, 0}

            {:ok, _} ->
              # The wall time minus the offset: the instant in UTC.
              days = date_to_iso_days(year, month, day)
              fraction = time_to_day_fraction(hour, minute, second, {0, 0})
              {days, fraction} = add_day_fraction_to_iso_days({days, fraction}, -offset, @seconds_per_day)
              {year, month, day} = date_from_iso_days(days)
              {hour, minute, second, _} = time_from_day_fraction(fraction)
              {:ok, {year, month, day, hour, minute, second, microsecond}, offset}

            error ->
              error
          end
        else
          _ -> {:error, :invalid_format}
        end

      nil ->
        {:error, :invalid_format}
    end
  end

  defp check_datetime(year, month, day, hour, minute, second, microsecond) do
    cond do
      not valid_date?(year, month, day) -> {:error, :invalid_date}
      not valid_time?(hour, minute, second, microsecond) -> {:error, :invalid_time}
      true -> {:ok, {year, month, day, hour, minute, second, microsecond}}
    end
  end

  defp split_sign("-" <> rest), do: {-1, rest}
  defp split_sign("+" <> rest), do: {1, rest}
  defp split_sign(rest), do: {1, rest}

  # A run of exactly n ASCII digits as an integer, or nil.
  defp digits(bin), do: digits(bin, 0)
  defp digits(<<d, rest::binary>>, acc) when d >= ?0 and d <= ?9, do: digits(rest, acc * 10 + d - ?0)
  defp digits(<<>>, acc), do: acc
  defp digits(_, _), do: nil

  defp read_date(<<y::binary-size(4), ?-, m::binary-size(2), ?-, d::binary-size(2), rest::binary>>, :extended),
    do: date_parts(y, m, d, rest)

  defp read_date(<<y::binary-size(4), m::binary-size(2), d::binary-size(2), rest::binary>>, :basic),
    do: date_parts(y, m, d, rest)

  defp read_date(_, _), do: nil

  defp date_parts(y, m, d, rest) do
    with y when y != nil <- digits(y), m when m != nil <- digits(m), d when d != nil <- digits(d),
         do: {y, m, d, rest}
  end

  defp read_time(<<h::binary-size(2), ?:, i::binary-size(2), ?:, s::binary-size(2), rest::binary>>, :extended),
    do: time_parts(h, i, s, rest)

  defp read_time(<<h::binary-size(2), i::binary-size(2), s::binary-size(2), rest::binary>>, :basic),
    do: time_parts(h, i, s, rest)

  defp read_time(_, _), do: nil

  defp time_parts(h, i, s, rest) do
    with h when h != nil <- digits(h), i when i != nil <- digits(i), s when s != nil <- digits(s),
         do: {h, i, s, rest}
  end

  defp read_datetime(string, format) do
    {sign, string} = split_sign(string)
    date_size = if format == :extended, do: 10, else: 8

    with <<date::binary-size(date_size), sep, time::binary>> when sep == ?\s or sep == ?T <- string,
         {year, month, day, ""} <- read_date(date, format),
         {hour, minute, second, rest} <- read_time(time, format) do
      {sign * year, month, day, hour, minute, second, rest}
    else
      _ -> nil
    end
  end

  defp parse_microsecond("." <> rest), do: fraction(rest, 0, "")
  defp parse_microsecond("," <> rest), do: fraction(rest, 0, "")
  defp parse_microsecond(rest), do: {{0, 0}, rest}

  defp fraction(<<d, rest::binary>>, n, acc) when d >= ?0 and d <= ?9, do: fraction(rest, n + 1, <<acc::binary, d>>)
  defp fraction(_rest, 0, _acc), do: :error

  defp fraction(rest, n, acc) when n <= 6,
    do: {{String.to_integer(acc <> :binary.copy("0", 6 - n)), n}, rest}

  defp fraction(rest, _n, acc), do: {{String.to_integer(binary_part(acc, 0, 6)), 6}, rest}

  defp parse_offset(""), do: {nil, ""}
  defp parse_offset("Z"), do: {0, ""}
  defp parse_offset("-00:00"), do: :error
  defp parse_offset(<<s, h::binary-size(2), ?:, m::binary-size(2), rest::binary>>) when s == ?+ or s == ?-,
    do: offset(s, h, m, rest)

  defp parse_offset(<<s, h::binary-size(2), m::binary-size(2), rest::binary>>) when s == ?+ or s == ?-,
    do: offset(s, h, m, rest)

  defp parse_offset(<<s, h::binary-size(2), rest::binary>>) when s == ?+ or s == ?-, do: offset(s, h, "00", rest)
  defp parse_offset(_), do: :error

  defp offset(sign, h, m, rest) do
    with {h, ""} when h < 24 <- Integer.parse(h),
         {m, ""} when m < 60 <- Integer.parse(m) do
      {(h * 60 + m) * 60 * if(sign == ?-, do: -1, else: 1), rest}
    else
      _ -> :error
    end
  end

  # -- Days and fractions --------------------------------------------------

  def naive_datetime_to_iso_days(year, month, day, hour, minute, second, microsecond) do
    {date_to_iso_days(year, month, day), time_to_day_fraction(hour, minute, second, microsecond)}
  end

  def naive_datetime_from_iso_days({days, fraction}) do
    {year, month, day} = date_from_iso_days(days)
    {hour, minute, second, microsecond} = time_from_day_fraction(fraction)
    {year, month, day, hour, minute, second, microsecond}
  end

  def time_to_day_fraction(0, 0, 0, {0, _}), do: {0, @parts_per_day}

  def time_to_day_fraction(hour, minute, second, {microsecond, _}) do
    {(hour * 3600 + minute * 60 + second) * 1_000_000 + microsecond, @parts_per_day}
  end

  def time_from_day_fraction({0, _}), do: {0, 0, 0, {0, 6}}

  def time_from_day_fraction({parts, ppd}) do
    us = if ppd == @parts_per_day, do: parts, else: div(parts * @parts_per_day, ppd)
    {hour, us} = div_rem(us, 3_600_000_000)
    {minute, us} = div_rem(us, 60_000_000)
    {second, us} = div_rem(us, 1_000_000)
    {hour, minute, second, {us, 6}}
  end

  def date_to_iso_days(0, 1, 1), do: 0
  def date_to_iso_days(1970, 1, 1), do: 719_528

  def date_to_iso_days(year, month, day) do
    ensure_day_in_month!(year, month, day)
    days_in_previous_years(year) + days_before_month(month) + leap_day_offset(year, month) + day - 1
  end

  def date_from_iso_days(days) when is_integer(days) and days >= -3_652_059 and days <= 3_652_424 do
    {year, day_of_year} = days_to_year(days)
    extra = if leap_year?(year), do: 1, else: 0
    {month, day} = month_of(extra, day_of_year)
    {year, month, day + 1}
  end

  defp div_rem(a, b) do
    d = div(a, b)
    r = a - d * b
    if r >= 0, do: {d, r}, else: {d - 1, r + b}
  end

  def days_in_month(year, month) when is_year(year) and is_month(month) do
    cond do
      month == 2 -> if leap_year?(year), do: 29, else: 28
      month in [4, 6, 9, 11] -> 30
      true -> 31
    end
  end

  def months_in_year(year) when is_year(year), do: 12

  def leap_year?(year) when is_year(year) do
    rem(year, 4) === 0 and (rem(year, 100) !== 0 or rem(year, 400) === 0)
  end

  def day_of_week(year, month, day), do: elem(day_of_week(year, month, day, :default), 0)

  def day_of_week(year, month, day, starting_on) do
    {iso_days_to_day_of_week(date_to_iso_days(year, month, day), starting_on), 1, 7}
  end

  def iso_days_to_day_of_week(iso_days, starting_on) do
    Integer.mod(iso_days + week_offset(starting_on), 7) + 1
  end

  defp week_offset(:default), do: 5
  defp week_offset(:monday), do: 5
  defp week_offset(:tuesday), do: 4
  defp week_offset(:wednesday), do: 3
  defp week_offset(:thursday), do: 2
  defp week_offset(:friday), do: 1
  defp week_offset(:saturday), do: 0
  defp week_offset(:sunday), do: 6

  def day_of_year(year, month, day) do
    ensure_day_in_month!(year, month, day)
    days_before_month(month) + leap_day_offset(year, month) + day
  end

  def quarter_of_year(year, month, day) when is_year(year) and is_month(month) and is_day(day),
    do: div(month - 1, 3) + 1

  def year_of_era(year) when is_integer(year) and year >= 1 and year <= 9999, do: {year, 1}
  def year_of_era(year) when is_integer(year) and year >= -9999 and year <= 0, do: {abs(year) + 1, 0}

  def year_of_era(year, _month, _day), do: year_of_era(year)

  def day_of_era(year, month, day) when is_integer(year) and year >= 1 and year <= 9999,
    do: {date_to_iso_days(year, month, day) - @iso_epoch + 1, 1}

  def day_of_era(year, month, day) when is_integer(year) and year >= -9999 and year <= 0,
    do: {abs(date_to_iso_days(year, month, day) - @iso_epoch), 0}

  # -- To strings ----------------------------------------------------------

  def time_to_string(hour, minute, second, {us, precision} = microsecond, format \\ :extended)
      when is_integer(hour) and hour >= 0 and hour <= 23 and is_integer(minute) and minute >= 0 and
             minute <= 59 and is_integer(second) and second >= 0 and second <= 59 and is_integer(us) and
             us >= 0 and us <= 999_999 and is_integer(precision) and precision >= 0 and precision <= 6 and
             is_format(format) do
    hms =
      if format == :extended,
        do: pad(hour, 2) <> ":" <> pad(minute, 2) <> ":" <> pad(second, 2),
        else: pad(hour, 2) <> pad(minute, 2) <> pad(second, 2)

    case microsecond do
      {_, 0} -> hms
      {us, precision} -> hms <> "." <> binary_part(pad(us, 6), 0, precision)
    end
  end

  def date_to_string(year, month, day, format \\ :extended)
      when is_integer(year) and is_integer(month) and is_integer(day) and is_format(format) do
    if format == :extended,
      do: pad(year, 4) <> "-" <> pad(month, 2) <> "-" <> pad(day, 2),
      else: pad(year, 4) <> pad(month, 2) <> pad(day, 2)
  end

  def naive_datetime_to_string(year, month, day, hour, minute, second, microsecond, format \\ :extended) do
    date_to_string(year, month, day, format) <> " " <> time_to_string(hour, minute, second, microsecond, format)
  end

  def datetime_to_string(year, month, day, hour, minute, second, microsecond, time_zone, zone_abbr,
        utc_offset, std_offset, format \\ :extended)
      when is_binary(time_zone) and is_binary(zone_abbr) and is_integer(utc_offset) and is_integer(std_offset) do
    date_to_string(year, month, day, format) <>
      " " <>
      time_to_string(hour, minute, second, microsecond, format) <>
      offset_to_string(utc_offset, std_offset, time_zone, format) <>
      if(time_zone == "Etc/UTC", do: "", else: " " <> zone_abbr <> " " <> time_zone)
  end

  def offset_to_string(0, 0, "Etc/UTC", _format), do: "Z"

  def offset_to_string(utc, std, _zone, format) do
    total = utc + std
    seconds = abs(total)
    sign = if total < 0, do: "-", else: "+"
    hour = pad(div(seconds, 3600), 2)
    minute = pad(div(rem(seconds, 3600), 60), 2)
    if format == :extended, do: sign <> hour <> ":" <> minute, else: sign <> hour <> minute
  end

  defp pad(n, count) when n < 0, do: "-" <> pad(-n, count)

  defp pad(n, count) do
    s = Integer.to_string(n)
    :binary.copy("0", max(count - byte_size(s), 0)) <> s
  end

  # -- Validation ----------------------------------------------------------

  def valid_date?(year, month, day) when is_integer(year) and is_integer(month) and is_integer(day) do
    is_year(year) and is_month(month) and day >= 1 and day <= days_in_month(year, month)
  end

  def valid_time?(hour, minute, second, {us, precision})
      when is_integer(hour) and is_integer(minute) and is_integer(second) and is_integer(us) do
    hour >= 0 and hour <= 23 and minute >= 0 and minute <= 59 and second >= 0 and second <= 59 and
      us >= 0 and us <= 999_999 and is_integer(precision) and precision >= 0 and precision <= 6
  end

  def day_rollover_relative_to_midnight_utc(), do: {0, 1}

  # -- Unix time and units -------------------------------------------------

  def from_unix(integer, unit) when is_integer(integer) do
    total = System.convert_time_unit(integer, unit, :microsecond)

    if total >= @unix_first and total <= @unix_last do
      us = Integer.mod(total, 1_000_000)
      seconds = @unix_epoch + Integer.floor_div(total, 1_000_000)
      {days, rest} = div_rem(seconds, @seconds_per_day)
      {hour, rest} = div_rem(rest, 3600)
      {minute, second} = div_rem(rest, 60)
      {:ok, date_from_iso_days(days), {hour, minute, second}, {us, precision_for_unit(unit)}}
    else
      {:error, :invalid_unix_time}
    end
  end

  defp precision_for_unit(unit) do
    case System.convert_time_unit(1, :second, unit) do
      1 -> 0
      10 -> 1
      100 -> 2
      1_000 -> 3
      10_000 -> 4
      100_000 -> 5
      _ -> 6
    end
  end

  def gregorian_seconds_to_iso_days(seconds, microsecond) do
    {days, rest} = div_rem(seconds, @seconds_per_day)
    {days, {rest * 1_000_000 + microsecond, @parts_per_day}}
  end

  def iso_days_to_unit({days, {parts, ppd}}, unit) do
    us = if ppd == @parts_per_day, do: parts, else: div(parts * @parts_per_day, ppd)
    System.convert_time_unit(days * @parts_per_day + us, :microsecond, unit)
  end

  def add_day_fraction_to_iso_days({days, {parts, ppd}}, add, ppd), do: normalize(days, parts + add, ppd)

  def add_day_fraction_to_iso_days({days, {parts, ppd}}, add, add_ppd) do
    gcd = Integer.gcd(ppd, add_ppd)
    normalize(days, div(parts * add_ppd + add * ppd, gcd), div(ppd * add_ppd, gcd))
  end

  defp normalize(days, parts, ppd) do
    offset = div(parts, ppd)
    parts = rem(parts, ppd)
    if parts < 0, do: {days + offset - 1, {parts + ppd, ppd}}, else: {days + offset, {parts, ppd}}
  end

  # -- Helpers -------------------------------------------------------------

  defp days_before_month(month), do: elem({0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334}, month - 1)

  defp leap_day_offset(_year, month) when month < 3, do: 0
  defp leap_day_offset(year, _month), do: if(leap_year?(year), do: 1, else: 0)

  defp days_to_year(days) when days < 0 do
    estimate = -div(-days, 365) - 1
    {year, before} = find_year(estimate, days, days_to_end_of_epoch(estimate))
    {year, if(leap_year?(year), do: 1, else: 0) + 365 + days - before}
  end

  defp days_to_year(days) do
    estimate = div(days, 365)
    {year, before} = find_year(estimate, days, days_in_previous_years(estimate))
    {year, days - before}
  end

  defp find_year(year, days, before) when year < 0 and days >= before,
    do: find_year(year + 1, days, days_to_end_of_epoch(year + 1))

  defp find_year(year, days, before) when year >= 0 and days < before,
    do: find_year(year - 1, days, days_in_previous_years(year - 1))

  defp find_year(year, _days, before), do: {year, before}

  defp days_to_end_of_epoch(year) when year < 0 do
    y = year + 1
    div(y, 4) - div(y, 100) + div(y, 400) + y * 365
  end

  defp days_in_previous_years(0), do: 0

  defp days_in_previous_years(year) do
    y = year - 1
    Integer.floor_div(y, 4) - Integer.floor_div(y, 100) + Integer.floor_div(y, 400) + y * 365 + 366
  end

  @month_starts [{1, 0}, {2, 31}, {3, 59}, {4, 90}, {5, 120}, {6, 151}, {7, 181}, {8, 212}, {9, 243},
                 {10, 273}, {11, 304}, {12, 334}]

  # {month, zero-based day in it} of a zero-based day of the year.
  defp month_of(extra, day_of_year) do
    Enum.reduce_while(Enum.reverse(@month_starts), nil, fn {month, start}, _ ->
      start = if month > 2, do: start + extra, else: start
      if day_of_year >= start, do: {:halt, {month, day_of_year - start}}, else: {:cont, nil}
    end)
  end

  defp ensure_day_in_month!(year, month, day) when is_integer(day) do
    if day < 1 or day > days_in_month(year, month) do
      raise ArgumentError, "invalid date: #{date_to_string(year, month, day)}"
    end
  end
end

defmodule Calendar.UTCOnlyTimeZoneDatabase do


  def time_zone_period_from_utc_iso_days(_, "Etc/UTC"), do: {:ok, %{std_offset: 0, utc_offset: 0, zone_abbr: "UTC"}}
  def time_zone_period_from_utc_iso_days(_, _), do: {:error, :utc_only_time_zone_database}

  def time_zone_periods_from_wall_datetime(_, "Etc/UTC"), do: {:ok, %{std_offset: 0, utc_offset: 0, zone_abbr: "UTC"}}
  def time_zone_periods_from_wall_datetime(_, _), do: {:error, :utc_only_time_zone_database}
end
