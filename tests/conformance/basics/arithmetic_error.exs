defmodule Risky do
  def divide(a, b), do: div(a, b)
end

IO.puts("before")
IO.puts(Risky.divide(10, 2))
IO.puts(Risky.divide(1, 0))
IO.puts("never printed")
