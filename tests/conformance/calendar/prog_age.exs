defmodule Age do
  def years(birth, today) do
    years = today.year - birth.year
    if {today.month, today.day} < {birth.month, birth.day}, do: years - 1, else: years
  end
end
today = ~D[2024-06-15]
for b <- [~D[1990-06-15], ~D[1990-06-16], ~D[2000-02-29], ~D[2024-01-01]] do
  IO.puts("#{b}: #{Age.years(b, today)}")
end
IO.inspect(Date.diff(today, ~D[2000-02-29]))
IO.inspect(div(Date.diff(today, ~D[2000-02-29]), 7))
