# One term referenced from many places stays one term: sharing survives
# collections (a copy per reference would blow the heap up exponentially).
defmodule Seq do
  def upto(a, b) when a > b, do: []
  def upto(a, b), do: [a | upto(a + 1, b)]
end

defmodule Share do
  def dag(0, t), do: t
  def dag(n, t), do: dag(n - 1, {t, t})

  def leaves({a, b}), do: leaves(a) + leaves(b)
  def leaves(_), do: 1
end

d = Share.dag(60, :leaf)
junk = Enum.map(Seq.upto(1, 20_000), fn i -> {i} end)
{l, r} = d
IO.puts(l == r)
IO.puts(length(junk))
small = Share.dag(16, [1, 2])
IO.puts(Share.leaves(small))
IO.puts(elem(elem(d, 0), 1) == elem(elem(d, 1), 0))
