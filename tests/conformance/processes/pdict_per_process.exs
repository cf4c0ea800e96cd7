# Each process has its own dictionary.
Process.put(:who, :parent)
Process.put(:shared_key, 1)
parent = self()

pid = spawn(fn ->
  send(parent, {:child_sees, Process.get(:who), Process.get(:shared_key), Process.get()})
  Process.put(:who, :child)
  Process.put(:only_child, true)
  send(parent, {:child_now, Process.get(:who), Process.get_keys() |> Enum.sort()})
  receive do :stop -> :ok end
end)
receive do {:child_sees, w, k, all} -> IO.inspect({w, k, all}) end
receive do {:child_now, w, keys} -> IO.inspect({w, keys}) end
IO.inspect Process.get(:who)
IO.inspect Process.get(:only_child)

# The parent can read the child's dictionary with Process.info.
{:dictionary, d} = Process.info(pid, :dictionary)
IO.inspect Enum.sort(d)
send(pid, :stop)

# Many processes, each with its own value under the same key.
for i <- 1..10 do
  spawn(fn ->
    Process.put(:n, i)
    Process.sleep(5)
    send(parent, {:n, i, Process.get(:n)})
  end)
end
results = for _ <- 1..10 do
  receive do {:n, i, v} -> {i, v} end
end
IO.inspect Enum.sort(results) == Enum.map(1..10, &{&1, &1})
IO.inspect Process.get(:n)

# A new process starts with an empty dictionary.
spawn(fn -> send(parent, {:empty, Process.get(), Process.get_keys()}) end)
receive do {:empty, all, keys} -> IO.inspect({all, keys}) end
IO.inspect Process.delete(:who)
IO.inspect Process.get(:who, :gone)
