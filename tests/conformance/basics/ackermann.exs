defmodule Ack do
  def ack(0, n), do: n + 1
  def ack(m, 0), do: ack(m - 1, 1)
  def ack(m, n), do: ack(m - 1, ack(m, n - 1))
end

IO.puts(Ack.ack(2, 3))
IO.puts(Ack.ack(3, 3))
IO.puts(Ack.ack(3, 5))
