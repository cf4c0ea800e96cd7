defmodule Biz do
  def business_days(from, to) do
    Date.range(from, to) |> Enum.count(fn d -> Date.day_of_week(d) < 6 end)
  end
  def next_business_day(d) do
    n = Date.add(d, 1)
    if Date.day_of_week(n) in [6, 7], do: next_business_day(n), else: n
  end
end
IO.inspect(Biz.business_days(~D[2024-01-01], ~D[2024-01-31]))
IO.inspect(Biz.business_days(~D[2024-02-01], ~D[2024-02-29]))
IO.inspect(Biz.next_business_day(~D[2024-01-05]))
IO.inspect(Biz.next_business_day(~D[2024-01-06]))
IO.inspect(Biz.next_business_day(~D[2024-12-31]))
months = Date.range(~D[2024-01-01], ~D[2024-12-31]) |> Enum.group_by(& &1.month) |> Enum.map(fn {m, ds} -> {m, length(ds)} end) |> Enum.sort()
IO.inspect(months)
IO.inspect(Date.range(~D[2024-01-01], ~D[2024-12-31]) |> Enum.filter(&(&1.day == 13 and Date.day_of_week(&1) == 5)))
