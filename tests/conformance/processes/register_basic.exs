# Process.register/2, whereis/1, unregister/1 and registered/0.
IO.inspect Process.register(self(), :main_proc)
IO.inspect Process.whereis(:main_proc) == self()
IO.inspect :main_proc in Process.registered()
IO.inspect Process.info(self(), :registered_name)

parent = self()
pid = spawn(fn ->
  receive do
    {:ping, from} -> send(from, :pong)
  end
end)
IO.inspect Process.register(pid, :worker)
IO.inspect Process.whereis(:worker) == pid
IO.inspect Process.info(pid, :registered_name)
send(:worker, {:ping, parent})
receive do :pong -> IO.puts("pong via name") end

# A process that ends loses its name.
ref = Process.monitor(pid)
receive do {:DOWN, ^ref, _, _, _} -> :ok end
IO.inspect Process.whereis(:worker)
IO.inspect :worker in Process.registered()

# unregister frees the name for another process.
IO.inspect Process.unregister(:main_proc)
IO.inspect Process.whereis(:main_proc)
IO.inspect Process.info(self(), :registered_name)
IO.inspect :main_proc in Process.registered()
p2 = spawn(fn -> receive do :stop -> :ok end end)
IO.inspect Process.register(p2, :main_proc)
IO.inspect Process.whereis(:main_proc) == p2
send(:main_proc, :stop)

# The name can be given again to the same process after unregistering.
Process.register(self(), :again)
Process.unregister(:again)
IO.inspect Process.register(self(), :again)
IO.inspect Process.whereis(:again) == self()

# :erlang's own functions.
IO.inspect :erlang.whereis(:no_such_name)
IO.inspect :erlang.register(:erl_name, spawn(fn -> Process.sleep(:infinity) end))
IO.inspect is_pid(:erlang.whereis(:erl_name))
IO.inspect :erlang.unregister(:erl_name)
IO.inspect Process.whereis(:no_such_name)
IO.inspect Enum.all?(Process.registered(), &is_atom/1)
