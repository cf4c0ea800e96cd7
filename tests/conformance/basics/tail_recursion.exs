defmodule Loop do
  def sum(0, acc), do: acc
  def sum(n, acc), do: sum(n - 1, acc + n)

  def count_digits(n) when n < 10, do: 1
  def count_digits(n), do: 1 + count_digits(div(n, 10))
end

IO.puts(Loop.sum(1_000_000, 0))
IO.puts(Loop.count_digits(1_234_567_890))
