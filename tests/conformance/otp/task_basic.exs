t = Task.async(fn -> 1 + 1 end)
IO.inspect(Task.await(t))
IO.inspect(t.mfa |> elem(0))
t = Task.async(Enum, :sum, [[1, 2, 3]])
IO.inspect(t.mfa)
IO.inspect(Task.await(t, 1000))

tasks = for i <- 1..5, do: Task.async(fn -> i * i end)
IO.inspect(Task.await_many(tasks))
IO.inspect(Task.await_many([], 100))

t = Task.async(fn -> Process.sleep(30); :late end)
IO.inspect(Task.yield(t, 0))
IO.inspect(Task.yield(t, 1000))

t = Task.async(fn -> :quick end)
Process.sleep(20)
IO.inspect(Task.yield(t))

t1 = Task.async(fn -> :a end)
t2 = Task.async(fn -> Process.sleep(5000); :b end)
[{^t1, r1}, {^t2, r2}] = Task.yield_many([t1, t2], 500)
IO.inspect({r1, r2})
IO.inspect(Task.shutdown(t2))

t = Task.async(fn -> Process.sleep(:infinity) end)
IO.inspect(Task.shutdown(t, :brutal_kill))

t = Task.async(fn -> :done end)
Process.sleep(200)
IO.inspect(Task.shutdown(t))

{:ok, pid} = Task.start(fn -> send(:erlang.whereis(:main_proc), :from_task) end |> then(fn f -> Process.register(self(), :main_proc); f end))
receive do
  :from_task -> IO.puts("task ran")
end
IO.inspect(is_pid(pid))

parent = self()
{:ok, pid} = Task.start_link(fn -> send(parent, {:linked, self()}) end)
receive do
  {:linked, ^pid} -> IO.puts("linked task ran")
end

t = Task.completed(42)
IO.inspect(Task.await(t))
IO.inspect(Task.child_spec(:arg))

t = Task.async(fn -> Process.get(:"$callers") == [parent] end)
IO.inspect(Task.await(t))
t = Task.async(fn -> hd(Process.get(:"$ancestors")) == parent end)
IO.inspect(Task.await(t))
