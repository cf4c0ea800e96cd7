# Sleeping processes wake in the order of their deadlines, whatever the
# order they were started in; a registered name dies with its process.
parent = self()
delays = [160, 40, 120, 20, 100, 60, 140, 80]
for d <- delays do
  spawn(fn ->
    Process.sleep(d)
    send(parent, {:woke, d})
  end)
end
order = for _ <- delays, do: (receive do {:woke, d} -> d end)
IO.inspect order

# The same with receive ... after in each process.
for d <- delays do
  spawn(fn ->
    receive do
      :never -> :ok
    after
      d -> send(parent, {:timeout, d})
    end
  end)
end
order = for _ <- delays, do: (receive do {:timeout, d} -> d end)
IO.inspect order

# And with timers from one process to itself.
for d <- delays, do: Process.send_after(self(), {:timer, d}, d)
order = for _ <- delays, do: (receive do {:timer, d} -> d end)
IO.inspect order

# Many sleepers with the same delay all wake.
for i <- 1..500, do: spawn(fn -> Process.sleep(30); send(parent, {:same, i}) end)
woke = for _ <- 1..500, do: (receive do {:same, i} -> i end)
IO.inspect {length(woke), Enum.sum(woke)}

# A name belongs to a live process only.
{pid, ref} = spawn_monitor(fn -> receive do :stop -> :ok end end)
Process.register(pid, :short_lived)
send(:short_lived, :stop)
receive do {:DOWN, ^ref, _, _, _} -> :ok end
IO.inspect Process.whereis(:short_lived)
try do
  send(:short_lived, :hello)
rescue
  ArgumentError -> IO.puts("ArgumentError: the name is gone")
end
