parent = self()
pid = spawn(fn ->
  t = :ets.new(:owned, [:public, :named_table])
  :ets.insert(t, {:x, 1})
  send(parent, {:made, :ets.info(t, :owner) == self()})
  receive do :stop -> :ok end
end)
receive do {:made, owner?} -> IO.inspect(owner?) end
IO.inspect(:ets.lookup(:owned, :x))
IO.inspect(:ets.info(:owned, :named_table))
ref = Process.monitor(pid)
send(pid, :stop)
receive do {:DOWN, ^ref, _, _, _} -> :ok end
IO.inspect(:ets.info(:owned))
IO.inspect(:ets.whereis(:owned))
try do
  :ets.lookup(:owned, :x)
rescue
  e -> IO.puts(Exception.message(e))
end
# An heir inherits the table.
heir = self()
pid2 = spawn(fn ->
  t = :ets.new(:inherited, [:named_table, {:heir, heir, :my_data}])
  :ets.insert(t, {:k, :v})
  send(heir, :ready)
  receive do :stop -> :ok end
end)
receive do :ready -> :ok end
send(pid2, :stop)
receive do
  {:"ETS-TRANSFER", tab, from, data} -> IO.inspect({tab, from == pid2, data})
after 2000 -> IO.puts("no transfer")
end
IO.inspect(:ets.info(:inherited, :owner) == self())
IO.inspect(:ets.lookup(:inherited, :k))
# give_away
me = self()
t = :ets.new(:gift, [])
:ets.insert(t, {1, 2})
receiver = spawn(fn ->
  receive do
    {:"ETS-TRANSFER", tab, from, data} ->
      send(me, {:got, from == me, data, :ets.lookup(tab, 1)})
  end
end)
IO.inspect(:ets.give_away(t, receiver, :hello))
receive do m -> IO.inspect(m) end
IO.inspect(:ets.info(t, :owner) == receiver)
try do
  :ets.give_away(t, self(), :again)
rescue
  e -> IO.puts(Exception.message(e))
end
