# Long-lived data kept across many collections while short-lived garbage
# churns: the long-lived list is promoted and must stay intact.
defmodule Seq do
  def upto(a, b) when a > b, do: []
  def upto(a, b), do: [a | upto(a + 1, b)]
end

defmodule Churn do
  def churn(0, acc), do: acc
  def churn(n, acc) do
    t = {n, [n, n + 1], "x"}
    churn(n - 1, acc + elem(t, 0) - hd(elem(t, 1)))
  end

  def rounds(0, keep), do: keep
  def rounds(n, keep) do
    0 = churn(2_000, 0)
    rounds(n - 1, [n | keep])
  end
end

keep = Enum.map(Seq.upto(1, 10_000), fn i -> {i, Integer.to_string(i)} end)
more = Churn.rounds(20, [])
IO.inspect(Enum.take(keep, 2))
IO.inspect(List.last(keep))
IO.puts(length(keep))
IO.inspect(more |> Enum.take(3))
IO.puts(Enum.sum(Enum.map(keep, fn {i, _} -> i end)))
