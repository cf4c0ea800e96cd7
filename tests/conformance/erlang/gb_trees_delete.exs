# :gb_trees: deleting, taking and iterating, and the errors of missing keys.
t = Enum.reduce(1..15, :gb_trees.empty(), fn i, acc -> :gb_trees.insert(i, Integer.to_string(i), acc) end)
IO.inspect :gb_trees.delete(8, t), limit: :infinity
IO.inspect :gb_trees.delete_any(99, t) == t
IO.inspect :gb_trees.delete_any(1, t) |> :gb_trees.to_list()
IO.inspect :gb_trees.take(4, t) |> elem(0)
IO.inspect :gb_trees.take(4, t) |> elem(1) |> :gb_trees.size()
IO.inspect :gb_trees.take_any(44, t)
{k, v, t3} = :gb_trees.take_smallest(t)
IO.inspect {k, v, :gb_trees.size(t3)}
{k, v, t4} = :gb_trees.take_largest(t)
IO.inspect {k, v}
IO.inspect t4, limit: :infinity
it = :gb_trees.iterator(t)
{k1, v1, it} = :gb_trees.next(it)
{k2, v2, _} = :gb_trees.next(it)
IO.inspect {k1, v1, k2, v2}
it = :gb_trees.iterator_from(13, t)
IO.inspect it, limit: :infinity
walk = fn walk, it, acc ->
  case :gb_trees.next(it) do
    :none -> Enum.reverse(acc)
    {k, _, it} -> walk.(walk, it, [k | acc])
  end
end
IO.inspect walk.(walk, it, [])
IO.inspect :gb_trees.next(:gb_trees.iterator(:gb_trees.empty()))
for f <- [
      fn -> :gb_trees.insert(3, :x, t) end,
      fn -> :gb_trees.get(99, t) end,
      fn -> :gb_trees.update(99, 1, t) end,
      fn -> :gb_trees.delete(99, :gb_trees.empty()) end,
      fn -> :gb_trees.take_smallest(:gb_trees.empty()) end,
      fn -> :gb_trees.smallest(:gb_trees.empty()) end
    ] do
  try do
    f.()
  rescue
    e -> IO.puts(Exception.format(:error, e, []) |> String.split("\n") |> hd())
  catch
    kind, reason -> IO.inspect({kind, reason})
  end
end
