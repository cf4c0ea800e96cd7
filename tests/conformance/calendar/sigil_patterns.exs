defmodule Sched do
  def kind(~T[00:00:00]), do: :midnight
  def kind(%Time{hour: h}) when h < 12, do: :morning
  def kind(_), do: :later
  def event(~N[2024-01-01 00:00:00]), do: :start
  def event(%NaiveDateTime{}), do: :other
  def at(~U[2024-01-01 00:00:00Z]), do: :epoch
  def at(_), do: :no
end
IO.inspect(Sched.kind(~T[00:00:00]))
IO.inspect(Sched.kind(~T[00:00:00.000]))
IO.inspect(Sched.kind(~T[08:00:00]))
IO.inspect(Sched.kind(~T[18:00:00]))
IO.inspect(Sched.event(~N[2024-01-01 00:00:00]))
IO.inspect(Sched.event(~N[2024-01-01 00:00:01]))
IO.inspect(Sched.at(DateTime.from_unix!(1_704_067_200)))
IO.inspect(Sched.at(~U[2024-01-01 00:00:00.0Z]))
%Date{year: y} = ~D[1999-09-09]
IO.inspect(y)
IO.inspect(match?(~D[2024-01-01], Date.new!(2024, 1, 1)))
IO.inspect(~D[2024-01-01] === Date.new!(2024, 1, 1))
IO.inspect(is_map(~U[2024-01-01 00:00:00Z]))
IO.inspect(~N[2024-01-01 00:00:00] |> Map.from_struct() |> Map.keys() |> Enum.sort())
IO.inspect(~U[2024-01-01 00:00:00Z] |> Map.from_struct() |> Map.keys() |> Enum.sort())
