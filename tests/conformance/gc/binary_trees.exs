# Many short-lived trees and one long-lived tree: the young generation churns
# while the old one holds.
defmodule Trees do
  def make(0), do: {nil, nil}
  def make(d), do: {make(d - 1), make(d - 1)}

  def check({nil, nil}), do: 1
  def check({l, r}), do: 1 + check(l) + check(r)

  def pow2(0), do: 1
  def pow2(k), do: 2 * pow2(k - 1)

  def iterate(0, _d, acc), do: acc
  def iterate(n, d, acc), do: iterate(n - 1, d, acc + check(make(d)))
end

long_lived = Trees.make(12)
Enum.each([4, 6, 8, 10], fn d ->
  n = Trees.pow2(14 - d)
  IO.puts("#{n} trees of depth #{d} check: #{Trees.iterate(n, d, 0)}")
end)
IO.puts("long lived tree of depth 12 check: #{Trees.check(long_lived)}")
