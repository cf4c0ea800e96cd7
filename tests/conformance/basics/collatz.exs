defmodule Collatz do
  def steps(1, acc), do: acc
  def steps(n, acc) when rem(n, 2) == 0, do: steps(div(n, 2), acc + 1)
  def steps(n, acc), do: steps(3 * n + 1, acc + 1)

  def longest(limit), do: longest(1, limit, 1, 0)

  defp longest(n, limit, best, best_steps) when n > limit, do: {best, best_steps}

  defp longest(n, limit, best, best_steps) do
    s = steps(n, 0)

    if s > best_steps do
      longest(n + 1, limit, n, s)
    else
      longest(n + 1, limit, best, best_steps)
    end
  end
end

{n, s} = Collatz.longest(10000)
IO.puts("longest chain under 10000 starts at #{n} with #{s} steps")
