add = fn x, acc -> {:cont, acc + x} end
IO.inspect(Enumerable.reduce([1, 2, 3], {:cont, 0}, add))
IO.inspect(Enumerable.reduce([1, 2, 3], {:halt, 0}, add))
IO.inspect(Enumerable.reduce(%{a: 1}, {:cont, []}, fn x, acc -> {:cont, [x | acc]} end))
IO.inspect(Enumerable.reduce(1..4, {:cont, 0}, add))

stop_at_3 = fn x, acc -> if x >= 3, do: {:halt, [x | acc]}, else: {:cont, [x | acc]} end
IO.inspect(Enumerable.reduce(1..10, {:cont, []}, stop_at_3))
IO.inspect(Enumerable.reduce([5, 1, 3, 9], {:cont, []}, stop_at_3))

{:suspended, acc, k} = Enumerable.reduce([1, 2, 3], {:cont, 0}, fn x, a -> {:suspend, a + x} end)
IO.inspect(acc)
{:suspended, acc2, k2} = k.({:cont, acc})
IO.inspect(acc2)
IO.inspect(elem(k2.({:halt, acc2}), 0))
IO.inspect(k2.({:halt, acc2}))
