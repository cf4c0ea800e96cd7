# DateTime, as Elixir 1.14 behaves with its default time zone database
# (Calendar.UTCOnlyTimeZoneDatabase): "Etc/UTC" works, every other zone is
# {:error, :utc_only_time_zone_database} (docs/calendar.md).
defmodule DateTime do
  @enforce_keys [:year, :month, :day, :hour, :minute, :second, :time_zone, :zone_abbr, :utc_offset, :std_offset]
  defstruct [:year, :month, :day, :hour, :minute, :second, :time_zone, :zone_abbr, :utc_offset, :std_offset,
             microsecond: {0, 0}, calendar: Calendar.ISO]

  @unix_days 719_528
  @seconds_per_day 86_400

  def utc_now(calendar \\ Calendar.ISO), do: System.os_time() |> from_unix!(:native, calendar)

  def new(date, time, time_zone \\ "Etc/UTC", time_zone_database \\ Calendar.get_time_zone_database())

  def new(%Date{calendar: calendar} = date, %{__struct__: Time, calendar: calendar} = time, "Etc/UTC", _db) do
    {:ok,
     %DateTime{calendar: calendar, year: date.year, month: date.month, day: date.day, hour: time.hour,
               minute: time.minute, second: time.second, microsecond: time.microsecond, std_offset: 0,
               utc_offset: 0, zone_abbr: "UTC", time_zone: "Etc/UTC"}}
  end

  def new(date, time, time_zone, time_zone_database) do
    with {:ok, ndt} <- NaiveDateTime.new(date, time), do: from_naive(ndt, time_zone, time_zone_database)
  end

  def new!(date, time, time_zone \\ "Etc/UTC", time_zone_database \\ Calendar.get_time_zone_database()) do
    case new(date, time, time_zone, time_zone_database) do
      {:ok, datetime} ->
        datetime

      {:ambiguous, dt1, dt2} ->
        raise ArgumentError,
              "cannot build datetime with #{inspect(date)} and #{inspect(time)} because such " <>
                "instant is ambiguous in time zone #{time_zone} as there is an overlap " <>
                "between #{inspect(dt1)} and #{inspect(dt2)}"

      {:gap, dt1, dt2} ->
        raise ArgumentError,
              "cannot build datetime with #{inspect(date)} and #{inspect(time)} because such " <>
                "instant does not exist in time zone #{time_zone} as there is a gap " <>
                "between #{inspect(dt1)} and #{inspect(dt2)}"

      {:error, reason} ->
        raise ArgumentError,
              "cannot build datetime with #{inspect(date)} and #{inspect(time)}, reason: #{inspect(reason)}"
    end
  end

  def from_unix(integer, unit \\ :second, calendar \\ Calendar.ISO) when is_integer(integer) do
    case Calendar.ISO.from_unix(integer, unit) do
      {:ok, {year, month, day}, {hour, minute, second}, microsecond} ->
        convert(
          %DateTime{year: year, month: month, day: day, hour: hour, minute: minute, second: second,
                    microsecond: microsecond, std_offset: 0, utc_offset: 0, zone_abbr: "UTC", time_zone: "Etc/UTC"},
          calendar
        )

      {:error, _} = error ->
        error
    end
  end

  def from_unix!(integer, unit \\ :second, calendar \\ Calendar.ISO) do
    case from_unix(integer, unit, calendar) do
      {:ok, datetime} -> datetime
      {:error, :invalid_unix_time} -> raise ArgumentError, "invalid Unix time #{integer}"
    end
  end

  def from_naive(naive_datetime, time_zone, time_zone_database \\ Calendar.get_time_zone_database())

  def from_naive(ndt, "Etc/UTC", _),
    do: {:ok, with_period(ndt, "Etc/UTC", %{std_offset: 0, utc_offset: 0, zone_abbr: "UTC"})}

  def from_naive(%{calendar: Calendar.ISO} = ndt, time_zone, time_zone_database) do
    case time_zone_database.time_zone_periods_from_wall_datetime(ndt, time_zone) do
      {:ok, period} ->
        {:ok, with_period(ndt, time_zone, period)}

      {:ambiguous, first, second} ->
        {:ambiguous, with_period(ndt, time_zone, first), with_period(ndt, time_zone, second)}

      {:gap, {first_period, first_until}, {second_period, second_from}} ->
        before = first_until |> Map.replace!(:microsecond, {999_999, 6}) |> NaiveDateTime.add(-1)
        {:gap, with_period(before, time_zone, first_period), with_period(second_from, time_zone, second_period)}

      {:error, _} = error ->
        error
    end
  end

  def from_naive(%{calendar: calendar} = ndt, time_zone, time_zone_database) do
    result =
      with {:ok, in_iso} <- NaiveDateTime.convert(ndt, Calendar.ISO),
           do: from_naive(in_iso, time_zone, time_zone_database)

    case result do
      {:ok, dt} ->
        convert(dt, calendar)

      {kind, dt1, dt2} when kind in [:ambiguous, :gap] ->
        with {:ok, dt1} <- convert(dt1, calendar), {:ok, dt2} <- convert(dt2, calendar), do: {kind, dt1, dt2}

      {:error, _} = error ->
        error
    end
  end

  defp with_period(ndt, time_zone, %{std_offset: std_offset, utc_offset: utc_offset, zone_abbr: zone_abbr}) do
    %DateTime{calendar: ndt.calendar, year: ndt.year, month: ndt.month, day: ndt.day, hour: ndt.hour,
              minute: ndt.minute, second: ndt.second, microsecond: ndt.microsecond, std_offset: std_offset,
              utc_offset: utc_offset, zone_abbr: zone_abbr, time_zone: time_zone}
  end

  def from_naive!(naive_datetime, time_zone, time_zone_database \\ Calendar.get_time_zone_database()) do
    case from_naive(naive_datetime, time_zone, time_zone_database) do
      {:ok, datetime} ->
        datetime

      {:ambiguous, dt1, dt2} ->
        raise ArgumentError,
              "cannot convert #{inspect(naive_datetime)} to datetime because such " <>
                "instant is ambiguous in time zone #{time_zone} as there is an overlap " <>
                "between #{inspect(dt1)} and #{inspect(dt2)}"

      {:gap, dt1, dt2} ->
        raise ArgumentError,
              "cannot convert #{inspect(naive_datetime)} to datetime because such " <>
                "instant does not exist in time zone #{time_zone} as there is a gap " <>
                "between #{inspect(dt1)} and #{inspect(dt2)}"

      {:error, reason} ->
        raise ArgumentError, "cannot convert #{inspect(naive_datetime)} to datetime, reason: #{inspect(reason)}"
    end
  end

  def shift_zone(datetime, time_zone, time_zone_database \\ Calendar.get_time_zone_database())

  def shift_zone(%{time_zone: time_zone} = datetime, time_zone, _), do: {:ok, datetime}

  def shift_zone(datetime, time_zone, time_zone_database) do
    %{std_offset: std_offset, utc_offset: utc_offset, calendar: calendar, microsecond: {_, precision}} = datetime

    datetime
    |> to_iso_days()
    |> apply_tz_offset(utc_offset + std_offset)
    |> shift_zone_for_iso_days_utc(calendar, precision, time_zone, time_zone_database)
  end

  defp shift_zone_for_iso_days_utc(iso_days_utc, calendar, precision, time_zone, time_zone_database) do
    case time_zone_database.time_zone_period_from_utc_iso_days(iso_days_utc, time_zone) do
      {:ok, %{std_offset: std_offset, utc_offset: utc_offset, zone_abbr: zone_abbr}} ->
        {year, month, day, hour, minute, second, {microsecond, _}} =
          iso_days_utc |> apply_tz_offset(-(utc_offset + std_offset)) |> calendar.naive_datetime_from_iso_days()

        {:ok,
         %DateTime{calendar: calendar, year: year, month: month, day: day, hour: hour, minute: minute,
                   second: second, microsecond: {microsecond, precision}, std_offset: std_offset,
                   utc_offset: utc_offset, zone_abbr: zone_abbr, time_zone: time_zone}}

      {:error, _} = error ->
        error
    end
  end

  def shift_zone!(datetime, time_zone, time_zone_database \\ Calendar.get_time_zone_database()) do
    case shift_zone(datetime, time_zone, time_zone_database) do
      {:ok, datetime} ->
        datetime

      {:error, reason} ->
        raise ArgumentError,
              "cannot shift #{inspect(datetime)} to #{inspect(time_zone)} time zone, reason: #{inspect(reason)}"
    end
  end

  def now(time_zone, time_zone_database \\ Calendar.get_time_zone_database())
  def now("Etc/UTC", _), do: {:ok, utc_now()}
  def now(time_zone, time_zone_database), do: shift_zone(utc_now(), time_zone, time_zone_database)

  def now!(time_zone, time_zone_database \\ Calendar.get_time_zone_database()) do
    case now(time_zone, time_zone_database) do
      {:ok, datetime} ->
        datetime

      {:error, reason} ->
        raise ArgumentError,
              "cannot get current datetime in #{inspect(time_zone)} time zone, reason: " <> inspect(reason)
    end
  end

  def to_unix(datetime, unit \\ :second)

  def to_unix(%{utc_offset: utc_offset, std_offset: std_offset} = datetime, unit) do
    {days, fraction} = to_iso_days(datetime)
    Calendar.ISO.iso_days_to_unit({days - @unix_days, fraction}, unit) -
      System.convert_time_unit(utc_offset + std_offset, :second, unit)
  end

  def to_naive(%{calendar: calendar, year: year, month: month, day: day, hour: hour, minute: minute, second: second,
                 microsecond: microsecond, time_zone: _}) do
    %{__struct__: NaiveDateTime, year: year, month: month, day: day, calendar: calendar, hour: hour, minute: minute,
                   second: second, microsecond: microsecond}
  end

  def to_date(%{year: year, month: month, day: day, calendar: calendar, hour: _, minute: _, second: _,
                microsecond: _, time_zone: _}),
      do: %Date{year: year, month: month, day: day, calendar: calendar}

  def to_time(%{year: _, month: _, day: _, calendar: calendar, hour: hour, minute: minute, second: second,
                microsecond: microsecond, time_zone: _}),
      do: %{__struct__: Time, hour: hour, minute: minute, second: second, microsecond: microsecond, calendar: calendar}

  def to_iso8601(datetime, format \\ :extended, offset \\ nil)

  def to_iso8601(%{calendar: Calendar.ISO} = dt, format, nil) when format in [:extended, :basic] do
    iso_string(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond, format) <>
      Calendar.ISO.offset_to_string(dt.utc_offset, dt.std_offset, dt.time_zone, format)
  end

  def to_iso8601(%{calendar: Calendar.ISO, microsecond: {_, precision}, time_zone: "Etc/UTC"} = dt, format, 0)
      when format in [:extended, :basic] do
    {year, month, day, hour, minute, second, {microsecond, _}} = shift_by_offset(dt, 0)
    iso_string(year, month, day, hour, minute, second, {microsecond, precision}, format) <> "Z"
  end

  def to_iso8601(%{calendar: Calendar.ISO, microsecond: {_, precision}} = dt, format, offset)
      when format in [:extended, :basic] do
    {year, month, day, hour, minute, second, {microsecond, _}} = shift_by_offset(dt, offset)
    iso_string(year, month, day, hour, minute, second, {microsecond, precision}, format) <>
      Calendar.ISO.offset_to_string(offset, 0, nil, format)
  end

  def to_iso8601(%{calendar: _} = dt, format, offset) when format in [:extended, :basic],
    do: dt |> convert!(Calendar.ISO) |> to_iso8601(format, offset)

  defp shift_by_offset(%{calendar: calendar} = dt, offset) do
    dt
    |> to_iso_days()
    |> Calendar.ISO.add_day_fraction_to_iso_days(offset - (dt.utc_offset + dt.std_offset), 86400)
    |> calendar.naive_datetime_from_iso_days()
  end

  defp iso_string(year, month, day, hour, minute, second, microsecond, format) do
    Calendar.ISO.date_to_string(year, month, day, format) <>
      "T" <> Calendar.ISO.time_to_string(hour, minute, second, microsecond, format)
  end

  def from_iso8601(string, format_or_calendar \\ Calendar.ISO)
  def from_iso8601(string, format) when format in [:basic, :extended], do: from_iso8601(string, Calendar.ISO, format)
  def from_iso8601(string, calendar) when is_atom(calendar), do: from_iso8601(string, calendar, :extended)

  def from_iso8601(string, calendar, format) do
    with {:ok, {year, month, day, hour, minute, second, microsecond}, offset} <-
           Calendar.ISO.parse_utc_datetime(string, format),
         {:ok, converted} <-
           convert(
             %DateTime{year: year, month: month, day: day, hour: hour, minute: minute, second: second,
                       microsecond: microsecond, std_offset: 0, utc_offset: 0, zone_abbr: "UTC",
                       time_zone: "Etc/UTC"},
             calendar
           ) do
      {:ok, converted, offset}
    end
  end

  def from_gregorian_seconds(seconds, {microsecond, precision} \\ {0, 0}, calendar \\ Calendar.ISO)
      when is_integer(seconds) do
    iso_days = Calendar.ISO.gregorian_seconds_to_iso_days(seconds, microsecond)
    {year, month, day, hour, minute, second, {microsecond, _}} = calendar.naive_datetime_from_iso_days(iso_days)

    %DateTime{calendar: calendar, year: year, month: month, day: day, hour: hour, minute: minute, second: second,
              microsecond: {microsecond, precision}, std_offset: 0, utc_offset: 0, zone_abbr: "UTC",
              time_zone: "Etc/UTC"}
  end

  def to_gregorian_seconds(%{std_offset: std_offset, utc_offset: utc_offset, microsecond: {microsecond, _}} = dt) do
    {days, fraction} = dt |> to_iso_days() |> apply_tz_offset(utc_offset + std_offset)
    {days * @seconds_per_day + seconds_from_day_fraction(fraction), microsecond}
  end

  def to_string(%{calendar: calendar} = dt) do
    calendar.datetime_to_string(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond,
      dt.time_zone, dt.zone_abbr, dt.utc_offset, dt.std_offset)
  end

  def compare(%{utc_offset: utc_offset1, std_offset: std_offset1} = dt1,
        %{utc_offset: utc_offset2, std_offset: std_offset2} = dt2) do
    {days1, {parts1, ppd1}} = dt1 |> to_iso_days() |> apply_tz_offset(utc_offset1 + std_offset1)
    {days2, {parts2, ppd2}} = dt2 |> to_iso_days() |> apply_tz_offset(utc_offset2 + std_offset2)
    first = {days1, parts1 * ppd2}
    second = {days2, parts2 * ppd1}

    cond do
      first > second -> :gt
      first < second -> :lt
      true -> :eq
    end
  end

  def diff(datetime1, datetime2, unit \\ :second)
  def diff(dt1, dt2, :day), do: div(diff(dt1, dt2, :second), 86400)
  def diff(dt1, dt2, :hour), do: div(diff(dt1, dt2, :second), 3600)
  def diff(dt1, dt2, :minute), do: div(diff(dt1, dt2, :second), 60)

  def diff(%{utc_offset: utc_offset1, std_offset: std_offset1} = dt1,
        %{utc_offset: utc_offset2, std_offset: std_offset2} = dt2, unit) do
    naive_diff =
      Calendar.ISO.iso_days_to_unit(to_iso_days(dt1), unit) - Calendar.ISO.iso_days_to_unit(to_iso_days(dt2), unit)

    naive_diff + System.convert_time_unit(utc_offset2 + std_offset2 - (utc_offset1 + std_offset1), :second, unit)
  end

  def add(datetime, amount_to_add, unit \\ :second, time_zone_database \\ Calendar.get_time_zone_database())
  def add(dt, amount, :day, db) when is_integer(amount), do: add(dt, amount * 86400, :second, db)
  def add(dt, amount, :hour, db) when is_integer(amount), do: add(dt, amount * 3600, :second, db)
  def add(dt, amount, :minute, db) when is_integer(amount), do: add(dt, amount * 60, :second, db)

  def add(datetime, amount, unit, time_zone_database) when is_integer(amount) do
    %{utc_offset: utc_offset, std_offset: std_offset, calendar: calendar, microsecond: {_, precision}} = datetime
    ppd = System.convert_time_unit(86400, :second, unit)
    total_offset = System.convert_time_unit(utc_offset + std_offset, :second, unit)

    result =
      datetime
      |> to_iso_days()
      |> Calendar.ISO.add_day_fraction_to_iso_days(amount - total_offset, ppd)
      |> shift_zone_for_iso_days_utc(calendar, precision, datetime.time_zone, time_zone_database)

    case result do
      {:ok, result_datetime} ->
        result_datetime

      {:error, error} ->
        raise ArgumentError,
              "cannot add #{amount} #{unit} to #{inspect(datetime)} (with time zone " <>
                "database #{inspect(time_zone_database)}), reason: #{inspect(error)}"
    end
  end

  def truncate(%DateTime{microsecond: microsecond} = datetime, precision),
    do: %{datetime | microsecond: Calendar.truncate(microsecond, precision)}

  def truncate(%{} = map, precision), do: truncate(from_map(map), precision)

  def convert(%DateTime{calendar: calendar} = datetime, calendar), do: {:ok, datetime}
  def convert(%{calendar: calendar} = map, calendar), do: {:ok, from_map(map)}

  def convert(%{calendar: dt_calendar, microsecond: {_, precision}} = datetime, calendar) do
    if Calendar.compatible_calendars?(dt_calendar, calendar) do
      {year, month, day, hour, minute, second, {microsecond, _}} =
        datetime |> to_iso_days() |> calendar.naive_datetime_from_iso_days()

      {:ok,
       %DateTime{calendar: calendar, year: year, month: month, day: day, hour: hour, minute: minute,
                 second: second, microsecond: {microsecond, precision}, time_zone: datetime.time_zone,
                 zone_abbr: datetime.zone_abbr, utc_offset: datetime.utc_offset, std_offset: datetime.std_offset}}
    else
      {:error, :incompatible_calendars}
    end
  end

  def convert!(datetime, calendar) do
    case convert(datetime, calendar) do
      {:ok, value} ->
        value

      {:error, :incompatible_calendars} ->
        raise ArgumentError,
              "cannot convert #{inspect(datetime)} to target calendar #{inspect(calendar)}, " <>
                "reason: #{inspect(datetime.calendar)} and #{inspect(calendar)} have different " <>
                "day rollover moments, making this conversion ambiguous"
    end
  end

  defp to_iso_days(%{calendar: calendar} = dt) do
    calendar.naive_datetime_to_iso_days(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond)
  end

  defp apply_tz_offset(iso_days, 0), do: iso_days
  defp apply_tz_offset(iso_days, offset), do: Calendar.ISO.add_day_fraction_to_iso_days(iso_days, -offset, 86400)

  defp from_map(%{} = map) do
    %DateTime{year: map.year, month: map.month, day: map.day, hour: map.hour, minute: map.minute,
              second: map.second, microsecond: map.microsecond, time_zone: map.time_zone, zone_abbr: map.zone_abbr,
              utc_offset: map.utc_offset, std_offset: map.std_offset}
  end

  defp seconds_from_day_fraction({parts, @seconds_per_day}), do: parts
  defp seconds_from_day_fraction({parts, ppd}), do: div(parts * @seconds_per_day, ppd)

  defimpl String.Chars do
    def to_string(datetime), do: DateTime.to_string(datetime)
  end

  defimpl Inspect do
    def inspect(%{calendar: calendar} = dt, _) do
      formatted =
        calendar.datetime_to_string(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond,
          dt.time_zone, dt.zone_abbr, dt.utc_offset, dt.std_offset)

      case dt do
        %{utc_offset: 0, std_offset: 0, time_zone: "Etc/UTC"} -> "~U[" <> formatted <> Calendar.__suffix__(calendar) <> "]"
        _ -> "#DateTime<" <> formatted <> Calendar.__suffix__(calendar) <> ">"
      end
    end
  end
end
