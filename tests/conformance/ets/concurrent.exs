t = :ets.new(:counter, [:public, {:write_concurrency, true}, {:read_concurrency, true}])
:ets.insert(t, {:n, 0})
parent = self()
pids = for i <- 1..8 do
  spawn(fn ->
    for _ <- 1..500, do: :ets.update_counter(t, :n, 1)
    for j <- 1..50, do: :ets.insert(t, {{i, j}, i * j})
    send(parent, :done)
  end)
end
for _ <- pids, do: receive(do: (:done -> :ok))
IO.inspect(:ets.lookup(t, :n))
IO.inspect(:ets.info(t, :size))
IO.inspect(:ets.select_count(t, [{{{:_, :_}, :_}, [], [true]}]))
IO.inspect(:ets.lookup(t, {3, 7}))
sum = :ets.foldl(fn {_, v}, acc -> acc + v end, 0, t)
IO.inspect(sum)
IO.inspect(:ets.foldr(fn {k, _}, acc -> if is_tuple(k), do: acc + 1, else: acc end, 0, t))
