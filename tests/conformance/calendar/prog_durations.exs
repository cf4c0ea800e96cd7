defmodule Dur do
  def format(seconds) do
    t = Time.from_seconds_after_midnight(seconds)
    Calendar.strftime(t, "%Hh %Mm %Ss")
  end
end
IO.puts(Dur.format(3725))
IO.puts(Dur.format(0))
IO.puts(Dur.format(86399))
start = ~N[2024-03-10 08:30:00]
stop = ~N[2024-03-12 17:45:30]
secs = NaiveDateTime.diff(stop, start)
IO.inspect({div(secs, 86400), Dur.format(rem(secs, 86400))})
slots = Stream.iterate(~T[09:00:00], &Time.add(&1, 30, :minute)) |> Enum.take_while(&(Time.compare(&1, ~T[12:00:00]) == :lt))
IO.inspect(slots)
IO.inspect(Enum.map(slots, &Time.to_string/1) |> Enum.join(","))
