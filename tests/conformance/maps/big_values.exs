defmodule B do
  def build(m, i, n) when i > n, do: m
  def build(m, i, n), do: build(Map.put(m, "key#{i}", i), i + 1, n)
  def sum([]), do: 0
  def sum([{_, v} | t]), do: v + sum(t)
end
m = B.build(%{}, 1, 200)
IO.inspect(map_size(m))
IO.inspect(m["key150"])
IO.inspect(B.sum(Map.to_list(m)))
IO.inspect(Map.has_key?(m, "key201"))
m2 = Map.merge(m, %{"key1" => 1000, "new" => 0})
IO.inspect({map_size(m2), m2["key1"], m2["new"]})
IO.inspect(Map.take(m, ["key3", "key4", "nope"]))
IO.inspect(m == B.build(%{}, 1, 200))
IO.inspect(m == Map.put(m, "key1", 2))
{v, rest} = Map.pop(m, "key10")
IO.inspect({v, map_size(rest)})
