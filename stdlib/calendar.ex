# Calendar: helpers shared by Date, Time, NaiveDateTime and DateTime, and
# Calendar.strftime/3, as Elixir 1.14 behaves (docs/calendar.md). Only the
# built-in Calendar.UTCOnlyTimeZoneDatabase is available, so every time zone
# but "Etc/UTC" answers {:error, :utc_only_time_zone_database}.
defmodule Calendar do
  def compatible_calendars?(calendar, calendar), do: true

  def compatible_calendars?(calendar1, calendar2) do
    calendar1.day_rollover_relative_to_midnight_utc() == calendar2.day_rollover_relative_to_midnight_utc()
  end

  def truncate(microsecond_tuple, :microsecond), do: microsecond_tuple
  def truncate({microsecond, precision}, :millisecond), do: {div(microsecond, 1000) * 1000, min(precision, 3)}
  def truncate(_, :second), do: {0, 0}

  # No other time zone database can be installed (docs/compat.md).
  def get_time_zone_database(), do: Calendar.UTCOnlyTimeZoneDatabase

  @doc false
  # The suffix the sigil forms print after a date or time of another calendar.
  def __suffix__(Calendar.ISO), do: ""
  def __suffix__(calendar), do: " " <> inspect(calendar)

  # -- strftime ------------------------------------------------------------

  def strftime(date_or_time_or_datetime, string_format, user_options \\ [])
      when is_map(date_or_time_or_datetime) and is_binary(string_format) do
    string_format
    |> format(date_or_time_or_datetime, options(user_options), [])
    |> IO.iodata_to_binary()
  end

  defp format("", _dt, _opts, acc), do: Enum.reverse(acc)
  defp format("%" <> rest, dt, opts, acc), do: modifiers(rest, nil, nil, dt, opts, acc)
  defp format(<<c, rest::binary>>, dt, opts, acc), do: format(rest, dt, opts, [c | acc])

  # Flags and width: "-" (no padding), "0", "_" (spaces), then digits.
  defp modifiers("-" <> rest, width, nil, dt, opts, acc), do: modifiers(rest, width, "", dt, opts, acc)
  defp modifiers("0" <> rest, nil, nil, dt, opts, acc), do: modifiers(rest, nil, ?0, dt, opts, acc)
  defp modifiers("_" <> rest, width, nil, dt, opts, acc), do: modifiers(rest, width, ?\s, dt, opts, acc)

  defp modifiers(<<d, rest::binary>>, width, pad, dt, opts, acc) when d >= ?0 and d <= ?9,
    do: modifiers(rest, (width || 0) * 10 + d - ?0, pad, dt, opts, acc)

  defp modifiers(<<c, _::binary>> = rest, width, nil, dt, opts, acc),
    do: modifiers(rest, width, default_pad(c), dt, opts, acc)

  defp modifiers(<<c, _::binary>> = rest, nil, pad, dt, opts, acc),
    do: modifiers(rest, default_width(c), pad, dt, opts, acc)

  defp modifiers(rest, width, pad, dt, opts, acc), do: directive(rest, width, pad, dt, opts, acc)

  defp default_pad(c) when c in 'aAbBpPZ', do: ?\s
  defp default_pad(_), do: ?0

  defp default_width(c) when c in 'dHImMSy', do: 2
  defp default_width(?j), do: 3
  defp default_width(c) when c in 'Yz', do: 4
  defp default_width(_), do: 0

  defp emit(rest, value, width, pad, dt, opts, acc),
    do: format(rest, dt, opts, [pad_leading(value, width, pad) | acc])

  defp int(n), do: Integer.to_string(n)

  defp directive("%" <> rest, w, p, dt, o, acc), do: emit(rest, "%", w, p, dt, o, acc)
  defp directive("a" <> rest, w, p, dt, o, acc),
    do: emit(rest, o.abbreviated_day_of_week_names.(Date.day_of_week(dt)), w, p, dt, o, acc)

  defp directive("A" <> rest, w, p, dt, o, acc),
    do: emit(rest, o.day_of_week_names.(Date.day_of_week(dt)), w, p, dt, o, acc)

  defp directive("b" <> rest, w, p, dt, o, acc), do: emit(rest, o.abbreviated_month_names.(dt.month), w, p, dt, o, acc)
  defp directive("B" <> rest, w, p, dt, o, acc), do: emit(rest, o.month_names.(dt.month), w, p, dt, o, acc)

  defp directive("c" <> _, _w, _p, _dt, %{preferred_datetime_invoked: true}, _acc),
    do: raise(ArgumentError, "tried to format preferred_datetime within another preferred_datetime format")

  defp directive("c" <> rest, w, p, dt, o, acc),
    do: preferred(rest, o.preferred_datetime, %{o | preferred_datetime_invoked: true}, w, p, dt, o, acc)

  defp directive("d" <> rest, w, p, dt, o, acc), do: emit(rest, int(dt.day), w, p, dt, o, acc)

  defp directive("f" <> rest, _w, _p, dt, o, acc) do
    {microsecond, precision} = dt.microsecond
    value = microsecond |> Integer.to_string() |> String.pad_leading(6, "0") |> binary_part(0, max(precision, 1))
    format(rest, dt, o, [value | acc])
  end

  defp directive("H" <> rest, w, p, dt, o, acc), do: emit(rest, int(dt.hour), w, p, dt, o, acc)
  defp directive("I" <> rest, w, p, dt, o, acc), do: emit(rest, int(rem(dt.hour + 23, 12) + 1), w, p, dt, o, acc)
  defp directive("j" <> rest, w, p, dt, o, acc), do: emit(rest, int(Date.day_of_year(dt)), w, p, dt, o, acc)
  defp directive("m" <> rest, w, p, dt, o, acc), do: emit(rest, int(dt.month), w, p, dt, o, acc)
  defp directive("M" <> rest, w, p, dt, o, acc), do: emit(rest, int(dt.minute), w, p, dt, o, acc)
  defp directive("p" <> rest, w, p, dt, o, acc), do: emit(rest, String.upcase(am_pm(dt.hour, o)), w, p, dt, o, acc)
  defp directive("P" <> rest, w, p, dt, o, acc), do: emit(rest, String.downcase(am_pm(dt.hour, o)), w, p, dt, o, acc)
  defp directive("q" <> rest, w, p, dt, o, acc), do: emit(rest, int(Date.quarter_of_year(dt)), w, p, dt, o, acc)
  defp directive("S" <> rest, w, p, dt, o, acc), do: emit(rest, int(dt.second), w, p, dt, o, acc)
  defp directive("u" <> rest, w, p, dt, o, acc), do: emit(rest, int(Date.day_of_week(dt)), w, p, dt, o, acc)

  defp directive("x" <> _, _w, _p, _dt, %{preferred_date_invoked: true}, _acc),
    do: raise(ArgumentError, "tried to format preferred_date within another preferred_date format")

  defp directive("x" <> rest, w, p, dt, o, acc),
    do: preferred(rest, o.preferred_date, %{o | preferred_date_invoked: true}, w, p, dt, o, acc)

  defp directive("X" <> _, _w, _p, _dt, %{preferred_time_invoked: true}, _acc),
    do: raise(ArgumentError, "tried to format preferred_time within another preferred_time format")

  defp directive("X" <> rest, w, p, dt, o, acc),
    do: preferred(rest, o.preferred_time, %{o | preferred_time_invoked: true}, w, p, dt, o, acc)

  defp directive("y" <> rest, w, p, dt, o, acc), do: emit(rest, int(rem(dt.year, 100)), w, p, dt, o, acc)
  defp directive("Y" <> rest, w, p, dt, o, acc), do: emit(rest, int(dt.year), w, p, dt, o, acc)

  defp directive("z" <> rest, w, p, %{utc_offset: utc_offset, std_offset: std_offset} = dt, o, acc) do
    total = utc_offset + std_offset
    absolute = abs(total)
    number = Integer.to_string(div(absolute, 3600) * 100 + rem(div(absolute, 60), 60))
    sign = if total >= 0, do: "+", else: "-"
    format(rest, dt, o, [IO.iodata_to_binary([sign, pad_leading(number, w, p)]) | acc])
  end

  defp directive("z" <> rest, _w, _p, dt, o, acc), do: format(rest, dt, o, ["" | acc])
  defp directive("Z" <> rest, w, p, dt, o, acc), do: emit(rest, Map.get(dt, :zone_abbr, ""), w, p, dt, o, acc)

  defp directive(rest, _w, _p, _dt, _o, _acc) do
    {next, _} = String.next_grapheme(rest) || {"", ""}
    raise ArgumentError, "invalid strftime format: %#{next}"
  end

  defp preferred(rest, preferred_format, inner_opts, width, pad, dt, opts, acc) do
    result = preferred_format |> format(dt, inner_opts, []) |> pad_preferred(width, pad)
    format(rest, dt, opts, [result | acc])
  end

  defp pad_preferred(result, width, pad) when length(result) < width, do: pad_preferred([pad | result], width, pad)
  defp pad_preferred(result, _width, _pad), do: result

  defp am_pm(hour, opts) when hour > 11, do: opts.am_pm_names.(:pm)
  defp am_pm(_hour, opts), do: opts.am_pm_names.(:am)

  defp pad_leading(string, count, padding) do
    to_pad = count - byte_size(string)
    if to_pad > 0, do: [List.duplicate(padding, to_pad) | [string]], else: string
  end

  defp options(user_options) do
    defaults = %{
      preferred_date: "%Y-%m-%d",
      preferred_time: "%H:%M:%S",
      preferred_datetime: "%Y-%m-%d %H:%M:%S",
      am_pm_names: fn
        :am -> "am"
        :pm -> "pm"
      end,
      month_names: fn month ->
        elem(
          {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"},
          month - 1
        )
      end,
      day_of_week_names: fn day ->
        elem({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}, day - 1)
      end,
      abbreviated_month_names: fn month ->
        elem({"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}, month - 1)
      end,
      abbreviated_day_of_week_names: fn day -> elem({"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}, day - 1) end,
      preferred_datetime_invoked: false,
      preferred_date_invoked: false,
      preferred_time_invoked: false
    }

    Enum.reduce(user_options, defaults, fn {key, value}, acc ->
      if Map.has_key?(acc, key),
        do: %{acc | key => value},
        else: raise(ArgumentError, "unknown option #{inspect(key)} given to Calendar.strftime/3")
    end)
  end
end
