defmodule Counter do
  def count_down(n) do
    step(n, [])
  end

  defp step(0, acc), do: finish(acc)
  defp step(n, acc), do: step(n - 1, [n | acc])

  defp finish(acc) do
    "collected #{length(acc)} numbers, first #{hd(acc)}"
  end
end

IO.puts(Counter.count_down(5))
IO.puts(Counter.count_down(100))
