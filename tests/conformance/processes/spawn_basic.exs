# spawn/1 and spawn/3: a new process runs the function and can send back.
defmodule Worker do
  def double(parent, n), do: send(parent, {:double, n * 2})
  def echo(parent), do: send(parent, {:echo, self()})
end

parent = self()
pid = spawn(fn -> send(parent, {:hello, self()}) end)
IO.inspect is_pid(pid)
IO.inspect pid != self()
receive do
  {:hello, from} -> IO.inspect(from == pid, label: "reply from the spawned pid")
end

# spawn/3 with a module, a function name and arguments.
pid3 = spawn(Worker, :double, [parent, 21])
IO.inspect is_pid(pid3)
receive do
  {:double, n} -> IO.inspect(n, label: "double")
end
echo = spawn(Worker, :echo, [parent])
receive do
  {:echo, from} -> IO.inspect(from == echo, label: "echo pid")
end

# Kernel.spawn and :erlang.spawn are the same function.
p4 = Kernel.spawn(fn -> send(parent, :kernel_spawn) end)
p5 = :erlang.spawn(fn -> send(parent, :erlang_spawn) end)
IO.inspect {is_pid(p4), is_pid(p5), p4 != p5}
receive do :kernel_spawn -> IO.puts("kernel_spawn") end
receive do :erlang_spawn -> IO.puts("erlang_spawn") end

# Closures capture their environment (copied into the new process).
data = %{list: Enum.to_list(1..5), text: "abc", tuple: {1, :two, 3.0}}
spawn(fn -> send(parent, {:data, data, Enum.sum(data.list)}) end)
receive do
  {:data, d, sum} -> IO.inspect({d == data, sum})
end

# Every spawn gives a fresh pid.
pids = for _ <- 1..20, do: spawn(fn -> :ok end)
IO.inspect length(Enum.uniq(pids))
IO.inspect Enum.all?(pids, &is_pid/1)

# A bad argument to spawn raises in the caller.
for {name, fun} <- [not_a_fun: fn -> spawn(:nope) end,
                    bad_args: fn -> spawn(Worker, :double, :not_a_list) end,
                    bad_module: fn -> spawn("Worker", :double, []) end,
                    monitor_arity: fn -> spawn_monitor(fn x -> x end) end] do
  try do
    fun.()
    IO.puts("#{name}: no error")
  rescue
    e in ArgumentError -> IO.puts("#{name}: #{inspect(Exception.message(e))}")
  end
end
