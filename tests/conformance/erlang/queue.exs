q = :queue.new()
IO.inspect(q)
q = Enum.reduce(1..7, q, fn x, q -> :queue.in(x, q) end)
IO.inspect(q)
IO.inspect(:queue.to_list(q))
IO.inspect(:queue.len(q))
{{:value, v}, q2} = :queue.out(q)
IO.inspect({v, q2})
{{:value, v}, q3} = :queue.out_r(q2)
IO.inspect({v, q3})
IO.inspect(:queue.in_r(0, q3))
IO.inspect(:queue.out(:queue.new()))
IO.inspect(:queue.from_list([1, 2, 3, 4, 5, 6]))
IO.inspect(:queue.reverse(:queue.from_list([1, 2, 3])))
IO.inspect(:queue.join(:queue.from_list([1, 2]), :queue.from_list([3, 4, 5])))
IO.inspect(:queue.split(2, :queue.from_list([1, 2, 3, 4, 5])))
IO.inspect(:queue.split(4, :queue.from_list([1, 2, 3, 4, 5])))
IO.inspect(:queue.filter(fn x -> rem(x, 2) == 0 end, :queue.from_list(Enum.to_list(1..9))))
IO.inspect(:queue.filter(fn x -> [x, x] end, :queue.from_list([1, 2, 3])))
IO.inspect(:queue.fold(fn x, acc -> [x | acc] end, [], q))
IO.inspect({:queue.peek(q), :queue.peek_r(q), :queue.get(q), :queue.get_r(q)})
IO.inspect({:queue.head(q), :queue.last(q), :queue.tail(q), :queue.init(q)})
IO.inspect({:queue.drop(q), :queue.drop_r(q)})
IO.inspect({:queue.member(3, q), :queue.member(30, q), :queue.is_empty(q), :queue.is_queue(q), :queue.is_queue(:x)})
IO.inspect({:queue.any(&(&1 > 6), q), :queue.all(&(&1 > 0), q)})
IO.inspect(:queue.to_list(:queue.delete(3, q)))
IO.inspect(:queue.to_list(:queue.filtermap(fn x -> if x > 3, do: {true, x * 10}, else: false end, q)))
IO.inspect(:queue.peek(:queue.new()))
# a BFS with a queue
graph = %{a: [:b, :c], b: [:d], c: [:d, :e], d: [:f], e: [:f], f: []}
bfs = fn bfs, queue, seen, acc ->
  case :queue.out(queue) do
    {:empty, _} -> Enum.reverse(acc)
    {{:value, n}, rest} ->
      next = Enum.reject(graph[n], &MapSet.member?(seen, &1))
      seen = Enum.reduce(next, seen, &MapSet.put(&2, &1))
      bfs.(bfs, Enum.reduce(next, rest, &:queue.in/2), seen, [n | acc])
  end
end
IO.inspect(bfs.(bfs, :queue.from_list([:a]), MapSet.new([:a]), []))
try do
  :queue.get(:queue.new())
rescue
  e -> IO.inspect(e)
end
try do
  :queue.len(:nope)
rescue
  e -> IO.inspect(e)
end
