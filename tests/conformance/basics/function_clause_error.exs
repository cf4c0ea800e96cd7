defmodule OnlyPositive do
  def check(n) when n > 0, do: "positive"
end

IO.puts(OnlyPositive.check(1))
IO.puts(OnlyPositive.check(-1))
