# NaiveDateTime, as Elixir 1.14 behaves (docs/calendar.md).
defmodule NaiveDateTime do
  @enforce_keys [:year, :month, :day, :hour, :minute, :second]
  defstruct [:year, :month, :day, :hour, :minute, :second, microsecond: {0, 0}, calendar: Calendar.ISO]

  @seconds_per_day 86_400

  def utc_now(calendar \\ Calendar.ISO)

  def utc_now(Calendar.ISO) do
    {:ok, {year, month, day}, {hour, minute, second}, microsecond} =
      Calendar.ISO.from_unix(:os.system_time(), :native)

    %NaiveDateTime{year: year, month: month, day: day, hour: hour, minute: minute, second: second,
                   microsecond: microsecond, calendar: Calendar.ISO}
  end

  def utc_now(calendar), do: calendar |> DateTime.utc_now() |> DateTime.to_naive()

  def local_now(calendar \\ Calendar.ISO)

  def local_now(Calendar.ISO) do
    {{year, month, day}, {hour, minute, second}} = :erlang.localtime()
    {:ok, ndt} = new(year, month, day, hour, minute, second)
    ndt
  end

  def local_now(calendar) do
    case convert(local_now(), calendar) do
      {:ok, value} ->
        value

      {:error, :incompatible_calendars} ->
        raise ArgumentError,
              ~s(cannot get "local now" in target calendar #{inspect(calendar)}, ) <>
                "reason: cannot convert from Calendar.ISO to #{inspect(calendar)}."
    end
  end

  def new(year, month, day, hour, minute, second, microsecond \\ {0, 0}, calendar \\ Calendar.ISO)

  def new(year, month, day, hour, minute, second, microsecond, calendar) when is_integer(microsecond),
    do: new(year, month, day, hour, minute, second, {microsecond, 6}, calendar)

  def new(year, month, day, hour, minute, second, microsecond, calendar) do
    cond do
      not calendar.valid_date?(year, month, day) ->
        {:error, :invalid_date}

      not calendar.valid_time?(hour, minute, second, microsecond) ->
        {:error, :invalid_time}

      true ->
        {:ok,
         %NaiveDateTime{calendar: calendar, year: year, month: month, day: day, hour: hour, minute: minute,
                        second: second, microsecond: microsecond}}
    end
  end

  def new!(year, month, day, hour, minute, second, microsecond \\ {0, 0}, calendar \\ Calendar.ISO) do
    case new(year, month, day, hour, minute, second, microsecond, calendar) do
      {:ok, naive_datetime} -> naive_datetime
      {:error, reason} -> raise ArgumentError, "cannot build naive datetime, reason: #{inspect(reason)}"
    end
  end

  def new(%Date{calendar: calendar} = date, %{__struct__: Time, calendar: calendar} = time) do
    {:ok,
     %NaiveDateTime{calendar: calendar, year: date.year, month: date.month, day: date.day, hour: time.hour,
                    minute: time.minute, second: time.second, microsecond: time.microsecond}}
  end

  def new!(%Date{calendar: calendar} = date, %{__struct__: Time, calendar: calendar} = time) do
    {:ok, naive_datetime} = new(date, time)
    naive_datetime
  end

  def add(naive_datetime, amount_to_add, unit \\ :second)
  def add(ndt, amount, :day) when is_integer(amount), do: add(ndt, amount * 86400, :second)
  def add(ndt, amount, :hour) when is_integer(amount), do: add(ndt, amount * 3600, :second)
  def add(ndt, amount, :minute) when is_integer(amount), do: add(ndt, amount * 60, :second)

  def add(%{microsecond: {_, precision}, calendar: calendar} = ndt, amount, unit) when is_integer(amount) do
    ppd = System.convert_time_unit(86400, :second, unit)

    ndt
    |> to_iso_days()
    |> Calendar.ISO.add_day_fraction_to_iso_days(amount, ppd)
    |> from_iso_days(calendar, precision)
  end

  def diff(naive_datetime1, naive_datetime2, unit \\ :second)
  def diff(ndt1, ndt2, :day), do: div(diff(ndt1, ndt2, :second), 86400)
  def diff(ndt1, ndt2, :hour), do: div(diff(ndt1, ndt2, :second), 3600)
  def diff(ndt1, ndt2, :minute), do: div(diff(ndt1, ndt2, :second), 60)

  def diff(%{calendar: calendar1} = ndt1, %{calendar: calendar2} = ndt2, unit) do
    if not Calendar.compatible_calendars?(calendar1, calendar2) do
      raise ArgumentError,
            "cannot calculate the difference between #{inspect(ndt1)} and " <>
              "#{inspect(ndt2)} because their calendars are not compatible " <>
              "and thus the result would be ambiguous"
    end

    Calendar.ISO.iso_days_to_unit(to_iso_days(ndt1), unit) - Calendar.ISO.iso_days_to_unit(to_iso_days(ndt2), unit)
  end

  def truncate(%NaiveDateTime{microsecond: microsecond} = ndt, precision),
    do: %{ndt | microsecond: Calendar.truncate(microsecond, precision)}

  def truncate(%{calendar: _, year: _, month: _, day: _, hour: _, minute: _, second: _, microsecond: _} = map, precision) do
    %NaiveDateTime{calendar: map.calendar, year: map.year, month: map.month, day: map.day, hour: map.hour,
                   minute: map.minute, second: map.second, microsecond: Calendar.truncate(map.microsecond, precision)}
  end

  def to_date(%{year: year, month: month, day: day, calendar: calendar, hour: _, minute: _, second: _, microsecond: _}),
    do: %Date{year: year, month: month, day: day, calendar: calendar}

  def to_time(%{year: _, month: _, day: _, calendar: calendar, hour: hour, minute: minute, second: second,
                microsecond: microsecond}),
      do: %{__struct__: Time, hour: hour, minute: minute, second: second, microsecond: microsecond, calendar: calendar}

  def to_string(%{calendar: calendar} = ndt) do
    calendar.naive_datetime_to_string(ndt.year, ndt.month, ndt.day, ndt.hour, ndt.minute, ndt.second, ndt.microsecond)
  end

  def from_iso8601(string, calendar \\ Calendar.ISO) do
    with {:ok, {year, month, day, hour, minute, second, microsecond}} <- Calendar.ISO.parse_naive_datetime(string) do
      convert(
        %NaiveDateTime{year: year, month: month, day: day, hour: hour, minute: minute, second: second,
                       microsecond: microsecond},
        calendar
      )
    end
  end

  def from_iso8601!(string, calendar \\ Calendar.ISO) do
    case from_iso8601(string, calendar) do
      {:ok, value} ->
        value

      {:error, reason} ->
        raise ArgumentError, "cannot parse #{inspect(string)} as naive datetime, reason: #{inspect(reason)}"
    end
  end

  def to_iso8601(naive_datetime, format \\ :extended)

  def to_iso8601(%{calendar: Calendar.ISO} = ndt, format) when format in [:basic, :extended] do
    Calendar.ISO.date_to_string(ndt.year, ndt.month, ndt.day, format) <>
      "T" <> Calendar.ISO.time_to_string(ndt.hour, ndt.minute, ndt.second, ndt.microsecond, format)
  end

  def to_iso8601(%{calendar: _} = ndt, format) when format in [:basic, :extended],
    do: ndt |> convert!(Calendar.ISO) |> to_iso8601(format)

  def to_erl(%{calendar: _} = ndt) do
    %{year: year, month: month, day: day, hour: hour, minute: minute, second: second} = convert!(ndt, Calendar.ISO)
    {{year, month, day}, {hour, minute, second}}
  end

  def from_erl(tuple, microsecond \\ {0, 0}, calendar \\ Calendar.ISO)

  def from_erl({{year, month, day}, {hour, minute, second}}, microsecond, calendar) do
    with {:ok, ndt} <- new(year, month, day, hour, minute, second, microsecond), do: convert(ndt, calendar)
  end

  def from_erl!(tuple, microsecond \\ {0, 0}, calendar \\ Calendar.ISO) do
    case from_erl(tuple, microsecond, calendar) do
      {:ok, value} ->
        value

      {:error, reason} ->
        raise ArgumentError, "cannot convert #{inspect(tuple)} to naive datetime, reason: #{inspect(reason)}"
    end
  end

  def from_gregorian_seconds(seconds, {microsecond, precision} \\ {0, 0}, calendar \\ Calendar.ISO)
      when is_integer(seconds) do
    iso_days = Calendar.ISO.gregorian_seconds_to_iso_days(seconds, microsecond)
    {year, month, day, hour, minute, second, {microsecond, _}} = calendar.naive_datetime_from_iso_days(iso_days)

    %NaiveDateTime{calendar: calendar, year: year, month: month, day: day, hour: hour, minute: minute,
                   second: second, microsecond: {microsecond, precision}}
  end

  def to_gregorian_seconds(%{calendar: calendar, microsecond: {microsecond, _} = us} = ndt) do
    {days, fraction} =
      calendar.naive_datetime_to_iso_days(ndt.year, ndt.month, ndt.day, ndt.hour, ndt.minute, ndt.second, us)

    {days * @seconds_per_day + seconds_from_day_fraction(fraction), microsecond}
  end

  def compare(%{calendar: calendar1} = ndt1, %{calendar: calendar2} = ndt2) do
    if Calendar.compatible_calendars?(calendar1, calendar2) do
      case {to_iso_days(ndt1), to_iso_days(ndt2)} do
        {first, second} when first > second -> :gt
        {first, second} when first < second -> :lt
        _ -> :eq
      end
    else
      raise ArgumentError, """
      cannot compare #{inspect(ndt1)} with #{inspect(ndt2)}.

      This comparison would be ambiguous as their calendars have incompatible day rollover moments.
      Specify an exact time of day (using `DateTime`s) to resolve this ambiguity
      """
    end
  end

  def convert(%{calendar: calendar, year: y, month: mo, day: d, hour: h, minute: mi, second: s, microsecond: us}, calendar),
    do: {:ok, %NaiveDateTime{calendar: calendar, year: y, month: mo, day: d, hour: h, minute: mi, second: s, microsecond: us}}

  def convert(%{calendar: ndt_calendar, microsecond: {_, precision}} = ndt, calendar) do
    if Calendar.compatible_calendars?(ndt_calendar, calendar),
      do: {:ok, ndt |> to_iso_days() |> from_iso_days(calendar, precision)},
      else: {:error, :incompatible_calendars}
  end

  def convert!(ndt, calendar) do
    case convert(ndt, calendar) do
      {:ok, value} ->
        value

      {:error, :incompatible_calendars} ->
        raise ArgumentError,
              "cannot convert #{inspect(ndt)} to target calendar #{inspect(calendar)}, " <>
                "reason: #{inspect(ndt.calendar)} and #{inspect(calendar)} " <>
                "have different day rollover moments, making this conversion ambiguous"
    end
  end

  defp seconds_from_day_fraction({parts, @seconds_per_day}), do: parts
  defp seconds_from_day_fraction({parts, ppd}), do: div(parts * @seconds_per_day, ppd)

  defp to_iso_days(%{calendar: calendar} = ndt) do
    calendar.naive_datetime_to_iso_days(ndt.year, ndt.month, ndt.day, ndt.hour, ndt.minute, ndt.second, ndt.microsecond)
  end

  defp from_iso_days(iso_days, calendar, precision) do
    {year, month, day, hour, minute, second, {microsecond, _}} = calendar.naive_datetime_from_iso_days(iso_days)

    %NaiveDateTime{calendar: calendar, year: year, month: month, day: day, hour: hour, minute: minute,
                   second: second, microsecond: {microsecond, precision}}
  end

  defimpl String.Chars do
    def to_string(%{calendar: calendar} = ndt) do
      calendar.naive_datetime_to_string(ndt.year, ndt.month, ndt.day, ndt.hour, ndt.minute, ndt.second, ndt.microsecond)
    end
  end

  defimpl Inspect do
    def inspect(%{calendar: calendar} = ndt, _) do
      formatted =
        calendar.naive_datetime_to_string(ndt.year, ndt.month, ndt.day, ndt.hour, ndt.minute, ndt.second, ndt.microsecond)

      "~N[" <> formatted <> Calendar.__suffix__(calendar) <> "]"
    end
  end
end
