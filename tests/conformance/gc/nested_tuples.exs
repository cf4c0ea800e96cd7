# A term nested 50,000 deep: copying it must not recurse.
defmodule Seq do
  def upto(a, b) when a > b, do: []
  def upto(a, b), do: [a | upto(a + 1, b)]
end

defmodule Nest do
  def nest(0, acc), do: acc
  def nest(n, acc), do: nest(n - 1, {n, acc})

  def depth({_, inner}, d), do: depth(inner, d + 1)
  def depth(_, d), do: d

  def deep_list(0, acc), do: acc
  def deep_list(n, acc), do: deep_list(n - 1, [acc])
end

t = Nest.nest(50_000, :bottom)
junk = Enum.map(Seq.upto(1, 10_000), fn i -> [i] end)
IO.puts(Nest.depth(t, 0))
IO.inspect(elem(t, 0))
l = Nest.deep_list(50_000, [])
IO.puts(length(junk))
IO.puts(length(l))
IO.inspect(Nest.deep_list(3, []))
