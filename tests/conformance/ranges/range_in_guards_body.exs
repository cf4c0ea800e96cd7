defmodule Temp do
  @cold -50..0
  def describe(t) when t in -50..0, do: :freezing
  def describe(t) when t in 1..15, do: :cold
  def describe(t) when t in 16..30, do: :warm
  def describe(_), do: :extreme

  def cold?(t), do: t in @cold
end

IO.inspect(Enum.map([-10, 5, 20, 99], &Temp.describe/1))
IO.inspect(Temp.cold?(-3))
IO.inspect(Temp.cold?(3))
lo = 10
hi = 20
IO.inspect(Enum.filter([5, 10, 15, 20, 25], fn x -> x in lo..hi end))
IO.inspect(Enum.filter([5, 10, 15, 20, 25], fn x -> x in hi..lo end))
IO.inspect(Enum.filter(0..30, fn x -> x in lo..hi//5 end))
