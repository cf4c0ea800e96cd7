# References survive garbage collection: kept in lists, tuples and maps while
# the program allocates a lot.
defmodule Churn do
  def run(0, acc), do: acc
  def run(n, acc), do: run(n - 1, [{n, make_ref(), "pad #{n}"} | acc])
end
keep = for i <- 1..50, do: {i, make_ref()}
map = Map.new(keep, fn {i, r} -> {r, i} end)
texts = Enum.map(keep, fn {_, r} -> inspect(r) end)
garbage = Churn.run(20_000, [])
IO.puts length(garbage)
IO.inspect Enum.all?(keep, fn {i, r} -> map[r] == i end)
IO.inspect Enum.map(keep, fn {_, r} -> inspect(r) end) == texts
IO.inspect Enum.all?(keep, fn {_, r} -> is_reference(r) end)
more = Churn.run(20_000, [])
{_, last_ref, _} = hd(more)
IO.inspect is_reference(last_ref)
IO.inspect Enum.all?(keep, fn {_, r} -> r != last_ref end)
IO.inspect map_size(Map.new(more, fn {_, r, _} -> {r, true} end))
