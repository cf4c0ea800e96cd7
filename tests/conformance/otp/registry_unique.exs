{:ok, reg} = Registry.start_link(keys: :unique, name: Reg)
IO.inspect(is_pid(reg))
IO.inspect(Registry.lookup(Reg, :a))
{:ok, owner} = Registry.register(Reg, :a, :value_a)
IO.inspect(is_pid(owner))
IO.inspect(Registry.lookup(Reg, :a) == [{self(), :value_a}])
IO.inspect(Registry.register(Reg, :a, :again) == {:error, {:already_registered, self()}})
{:ok, _} = Registry.register(Reg, :b, 2)
IO.inspect(Registry.keys(Reg, self()) |> Enum.sort())
IO.inspect(Registry.values(Reg, :a, self()))
IO.inspect(Registry.count(Reg))
IO.inspect(Registry.update_value(Reg, :b, &(&1 * 10)))
IO.inspect(Registry.lookup(Reg, :b) |> Enum.map(&elem(&1, 1)))
IO.inspect(Registry.update_value(Reg, :missing, & &1))
IO.inspect(Registry.unregister(Reg, :a))
IO.inspect(Registry.lookup(Reg, :a))
IO.inspect(Registry.keys(Reg, self()))

parent = self()
pid = spawn(fn ->
  {:ok, _} = Registry.register(Reg, :child, :c)
  send(parent, :registered)
  receive do
    :stop -> :ok
  end
end)
receive do
  :registered -> :ok
end
IO.inspect(Registry.lookup(Reg, :child) == [{pid, :c}])
IO.inspect(Registry.register(Reg, :child, :mine) == {:error, {:already_registered, pid}})
ref = Process.monitor(pid)
send(pid, :stop)
receive do
  {:DOWN, ^ref, _, _, _} -> :ok
end
IO.inspect(Registry.lookup(Reg, :child))
{:ok, _} = Registry.register(Reg, :child, :mine)
IO.inspect(Registry.lookup(Reg, :child) |> Enum.map(&elem(&1, 1)))
Process.sleep(10)
IO.inspect(Registry.count(Reg))
IO.inspect(Registry.match(Reg, :b, 20) |> length())
IO.inspect(Registry.match(Reg, :b, :_) |> length())
IO.inspect(Registry.match(Reg, :b, 21))
IO.inspect(Registry.count_match(Reg, :b, :_))

try do
  Registry.lookup(:no_registry, :a)
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end

try do
  Registry.start_link(keys: :bad, name: X)
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end

IO.inspect(Registry.child_spec(keys: :unique, name: Foo))
IO.inspect(Registry.meta(Reg, :custom))
IO.inspect(Registry.put_meta(Reg, :custom, 1))
IO.inspect(Registry.meta(Reg, :custom))
