# Date and Date.Range, as Elixir 1.14 behaves (docs/calendar.md).
defmodule Date do
  @enforce_keys [:year, :month, :day]
  defstruct [:year, :month, :day, calendar: Calendar.ISO]

  @day_us 86_400_000_000

  def range(%{calendar: calendar} = first, %{calendar: calendar} = last) do
    {first_days, _} = to_iso_days(first)
    {last_days, _} = to_iso_days(last)
    build_range(first, first_days, last, last_days, calendar, if(first_days <= last_days, do: 1, else: -1))
  end

  def range(%{calendar: _, year: _, month: _, day: _}, %{calendar: _, year: _, month: _, day: _}) do
    raise ArgumentError, "both dates must have matching calendars"
  end

  def range(%{calendar: calendar} = first, %{calendar: calendar} = last, step) when is_integer(step) and step != 0 do
    {first_days, _} = to_iso_days(first)
    {last_days, _} = to_iso_days(last)
    build_range(first, first_days, last, last_days, calendar, step)
  end

  def range(%{calendar: _, year: _, month: _, day: _} = first, %{calendar: _, year: _, month: _, day: _} = last, step) do
    raise ArgumentError,
          "both dates must have matching calendar and the step must be a " <>
            "non-zero integer, got: #{inspect(first)}, #{inspect(last)}, #{step}"
  end

  defp build_range(first, first_days, last, last_days, calendar, step) do
    %{__struct__: Date.Range,
      first: %Date{calendar: calendar, year: first.year, month: first.month, day: first.day},
      last: %Date{calendar: calendar, year: last.year, month: last.month, day: last.day},
      first_in_iso_days: first_days,
      last_in_iso_days: last_days,
      step: step
    }
  end

  def utc_today(calendar \\ Calendar.ISO)

  def utc_today(Calendar.ISO) do
    {:ok, {year, month, day}, _, _} = Calendar.ISO.from_unix(System.os_time(), :native)
    %Date{year: year, month: month, day: day}
  end

  def utc_today(calendar), do: calendar |> DateTime.utc_now() |> DateTime.to_date()

  def leap_year?(%{calendar: calendar, year: year}), do: calendar.leap_year?(year)
  def days_in_month(%{calendar: calendar, year: year, month: month}), do: calendar.days_in_month(year, month)
  def months_in_year(%{calendar: calendar, year: year}), do: calendar.months_in_year(year)

  def new(year, month, day, calendar \\ Calendar.ISO) do
    if calendar.valid_date?(year, month, day),
      do: {:ok, %Date{year: year, month: month, day: day, calendar: calendar}},
      else: {:error, :invalid_date}
  end

  def new!(year, month, day, calendar \\ Calendar.ISO) do
    case new(year, month, day, calendar) do
      {:ok, value} -> value
      {:error, reason} -> raise ArgumentError, "cannot build date, reason: #{inspect(reason)}"
    end
  end

  def to_string(%{calendar: calendar, year: year, month: month, day: day}),
    do: calendar.date_to_string(year, month, day)

  def from_iso8601(string, calendar \\ Calendar.ISO) do
    with {:ok, {year, month, day}} <- Calendar.ISO.parse_date(string) do
      convert(%Date{year: year, month: month, day: day}, calendar)
    end
  end

  def from_iso8601!(string, calendar \\ Calendar.ISO) do
    case from_iso8601(string, calendar) do
      {:ok, value} -> value
      {:error, reason} -> raise ArgumentError, "cannot parse #{inspect(string)} as date, reason: #{inspect(reason)}"
    end
  end

  def to_iso8601(date, format \\ :extended)

  def to_iso8601(%{calendar: Calendar.ISO, year: year, month: month, day: day}, format)
      when format in [:basic, :extended],
      do: Calendar.ISO.date_to_string(year, month, day, format)

  def to_iso8601(%{calendar: _} = date, format) when format in [:basic, :extended],
    do: date |> convert!(Calendar.ISO) |> to_iso8601()

  def to_erl(date) do
    %{year: year, month: month, day: day} = convert!(date, Calendar.ISO)
    {year, month, day}
  end

  def from_erl(tuple, calendar \\ Calendar.ISO)

  def from_erl({year, month, day}, calendar) do
    with {:ok, date} <- new(year, month, day, Calendar.ISO), do: convert(date, calendar)
  end

  def from_erl!(tuple, calendar \\ Calendar.ISO) do
    case from_erl(tuple, calendar) do
      {:ok, value} -> value
      {:error, reason} -> raise ArgumentError, "cannot convert #{inspect(tuple)} to date, reason: #{inspect(reason)}"
    end
  end

  def from_gregorian_days(days, calendar \\ Calendar.ISO) when is_integer(days),
    do: from_iso_days({days, 0}, calendar)

  def to_gregorian_days(date) do
    {days, _} = to_iso_days(date)
    days
  end

  def compare(%{calendar: calendar} = date1, %{calendar: calendar} = date2) do
    order({date1.year, date1.month, date1.day}, {date2.year, date2.month, date2.day})
  end

  def compare(%{calendar: calendar1} = date1, %{calendar: calendar2} = date2) do
    if Calendar.compatible_calendars?(calendar1, calendar2) do
      order(to_iso_days(date1), to_iso_days(date2))
    else
      raise ArgumentError, """
      cannot compare #{inspect(date1)} with #{inspect(date2)}.

      This comparison would be ambiguous as their calendars have incompatible day rollover moments.
      Specify an exact time of day (using DateTime) to resolve this ambiguity
      """
    end
  end

  defp order(a, b) when a > b, do: :gt
  defp order(a, b) when a < b, do: :lt
  defp order(_, _), do: :eq

  def convert(%{calendar: calendar, year: year, month: month, day: day}, calendar),
    do: {:ok, %Date{calendar: calendar, year: year, month: month, day: day}}

  def convert(%{calendar: calendar} = date, target) do
    if Calendar.compatible_calendars?(calendar, target),
      do: {:ok, date |> to_iso_days() |> from_iso_days(target)},
      else: {:error, :incompatible_calendars}
  end

  def convert!(date, calendar) do
    case convert(date, calendar) do
      {:ok, value} ->
        value

      {:error, reason} ->
        raise ArgumentError,
              "cannot convert #{inspect(date)} to target calendar #{inspect(calendar)}, reason: #{inspect(reason)}"
    end
  end

  def add(%{calendar: Calendar.ISO, year: year, month: month, day: day}, days) do
    {year, month, day} = Calendar.ISO.date_from_iso_days(Calendar.ISO.date_to_iso_days(year, month, day) + days)
    %Date{calendar: Calendar.ISO, year: year, month: month, day: day}
  end

  def add(%{calendar: calendar} = date, days) do
    {base, fraction} = to_iso_days(date)
    from_iso_days({base + days, fraction}, calendar)
  end

  def diff(%{calendar: Calendar.ISO} = date1, %{calendar: Calendar.ISO} = date2) do
    Calendar.ISO.date_to_iso_days(date1.year, date1.month, date1.day) -
      Calendar.ISO.date_to_iso_days(date2.year, date2.month, date2.day)
  end

  def diff(%{calendar: calendar1} = date1, %{calendar: calendar2} = date2) do
    if Calendar.compatible_calendars?(calendar1, calendar2) do
      {days1, _} = to_iso_days(date1)
      {days2, _} = to_iso_days(date2)
      days1 - days2
    else
      raise ArgumentError,
            "cannot calculate the difference between #{inspect(date1)} and #{inspect(date2)} because their calendars are not compatible and thus the result would be ambiguous"
    end
  end

  @doc false
  def to_iso_days(%{calendar: Calendar.ISO, year: year, month: month, day: day}),
    do: {Calendar.ISO.date_to_iso_days(year, month, day), {0, @day_us}}

  def to_iso_days(%{calendar: calendar, year: year, month: month, day: day}),
    do: calendar.naive_datetime_to_iso_days(year, month, day, 0, 0, 0, {0, 0})

  defp from_iso_days({days, _}, Calendar.ISO) do
    {year, month, day} = Calendar.ISO.date_from_iso_days(days)
    %Date{year: year, month: month, day: day, calendar: Calendar.ISO}
  end

  defp from_iso_days(iso_days, calendar) do
    {year, month, day, _, _, _, _} = calendar.naive_datetime_from_iso_days(iso_days)
    %Date{year: year, month: month, day: day, calendar: calendar}
  end

  def day_of_week(date, starting_on \\ :default)

  def day_of_week(%{calendar: calendar, year: year, month: month, day: day}, starting_on) do
    {day_of_week, _first, _last} = calendar.day_of_week(year, month, day, starting_on)
    day_of_week
  end

  def beginning_of_week(date, starting_on \\ :default)

  def beginning_of_week(%{calendar: calendar, year: year, month: month, day: day} = date, starting_on) do
    case calendar.day_of_week(year, month, day, starting_on) do
      {first, first, _} -> %Date{calendar: calendar, year: year, month: month, day: day}
      {day_of_week, first, _} -> add(date, -(day_of_week - first))
    end
  end

  def end_of_week(date, starting_on \\ :default)

  def end_of_week(%{calendar: calendar, year: year, month: month, day: day} = date, starting_on) do
    case calendar.day_of_week(year, month, day, starting_on) do
      {last, _, last} -> %Date{calendar: calendar, year: year, month: month, day: day}
      {day_of_week, _, last} -> add(date, last - day_of_week)
    end
  end

  def day_of_year(%{calendar: calendar, year: year, month: month, day: day}),
    do: calendar.day_of_year(year, month, day)

  def quarter_of_year(%{calendar: calendar, year: year, month: month, day: day}),
    do: calendar.quarter_of_year(year, month, day)

  def year_of_era(%{calendar: calendar, year: year, month: month, day: day}) do
    if :erlang.function_exported(calendar, :year_of_era, 3),
      do: calendar.year_of_era(year, month, day),
      else: calendar.year_of_era(year)
  end

  def day_of_era(%{calendar: calendar, year: year, month: month, day: day}),
    do: calendar.day_of_era(year, month, day)

  def beginning_of_month(%{year: year, month: month, calendar: calendar}),
    do: %Date{year: year, month: month, day: 1, calendar: calendar}

  def end_of_month(%{year: year, month: month, calendar: calendar} = date),
    do: %Date{year: year, month: month, day: Date.days_in_month(date), calendar: calendar}

  defimpl String.Chars do
    def to_string(%{calendar: calendar, year: year, month: month, day: day}),
      do: calendar.date_to_string(year, month, day)
  end

  defimpl Inspect do
    def inspect(%{calendar: calendar, year: year, month: month, day: day}, _) do
      "~D[" <> calendar.date_to_string(year, month, day) <> Calendar.__suffix__(calendar) <> "]"
    end
  end
end

defmodule Date.Range do
  @enforce_keys [:first, :last, :first_in_iso_days, :last_in_iso_days, :step]
  defstruct [:first, :last, :first_in_iso_days, :last_in_iso_days, :step]

  defimpl Enumerable do
    def member?(%Date.Range{first: %{calendar: calendar}} = range, %Date{calendar: calendar} = date) do
      %{first_in_iso_days: first, last_in_iso_days: last, step: step} = range
      {days, _} = Date.to_iso_days(date)

      cond do
        size(range) == 0 -> {:ok, false}
        first <= last -> {:ok, first <= days and days <= last and rem(days - first, step) == 0}
        true -> {:ok, last <= days and days <= first and rem(days - first, step) == 0}
      end
    end

    def member?(%Date.Range{}, _), do: {:ok, false}

    def count(range), do: {:ok, size(range)}

    def slice(%Date.Range{first_in_iso_days: first, first: %{calendar: calendar}, step: step} = range) do
      {:ok, size(range), fn start, amount, slice_step -> slice(first + start * step, step + slice_step - 1, amount, calendar) end}
    end

    defp slice(current, _step, 1, calendar), do: [from_days(current, calendar)]

    defp slice(current, step, remaining, calendar),
      do: [from_days(current, calendar) | slice(current + step, step, remaining - 1, calendar)]

    def reduce(%Date.Range{first_in_iso_days: first, last_in_iso_days: last, first: %{calendar: calendar}, step: step}, acc, fun),
      do: reduce(first, last, acc, fun, step, calendar)

    defp reduce(_first, _last, {:halt, acc}, _fun, _step, _calendar), do: {:halted, acc}

    defp reduce(first, last, {:suspend, acc}, fun, step, calendar),
      do: {:suspended, acc, &reduce(first, last, &1, fun, step, calendar)}

    defp reduce(first, last, {:cont, acc}, fun, step, calendar)
         when (step > 0 and first <= last) or (step < 0 and first >= last),
         do: reduce(first + step, last, fun.(from_days(first, calendar), acc), fun, step, calendar)

    defp reduce(_, _, {:cont, acc}, _fun, _step, _calendar), do: {:done, acc}

    defp from_days(days, Calendar.ISO) do
      {year, month, day} = Calendar.ISO.date_from_iso_days(days)
      %Date{year: year, month: month, day: day, calendar: Calendar.ISO}
    end

    defp from_days(days, calendar) do
      {year, month, day, _, _, _, _} = calendar.naive_datetime_from_iso_days({days, {0, 86_400_000_000}})
      %Date{year: year, month: month, day: day, calendar: calendar}
    end

    defp size(%Date.Range{first_in_iso_days: first, last_in_iso_days: last, step: step})
         when (step > 0 and first > last) or (step < 0 and first < last),
         do: 0

    defp size(%Date.Range{first_in_iso_days: first, last_in_iso_days: last, step: step}),
      do: abs(div(last - first, step)) + 1
  end

  defimpl Inspect do
    def inspect(%Date.Range{first: first, last: last, step: 1}, _),
      do: "Date.range(" <> Kernel.inspect(first) <> ", " <> Kernel.inspect(last) <> ")"

    def inspect(%Date.Range{first: first, last: last, step: step}, _),
      do: "Date.range(" <> Kernel.inspect(first) <> ", " <> Kernel.inspect(last) <> ", #{step})"
  end
end
