Process.flag(:trap_exit, true)

t = Task.async(fn -> Process.sleep(500) end)
try do
  Task.await(t, 20)
catch
  :exit, {:timeout, {Task, :await, [^t, 20]}} -> IO.puts("await timeout")
end

t = Task.async(fn -> raise "task boom" end)
receive do
  {:EXIT, pid, {%RuntimeError{message: m}, _}} -> IO.inspect({:exit_signal, pid == t.pid, m})
end
try do
  Task.await(t)
catch
  :exit, {{%RuntimeError{message: m}, _}, {Task, :await, _}} -> IO.inspect({:await_exit, m})
end

t = Task.async(fn -> exit(:custom) end)
IO.inspect(Task.yield(t))

t = Task.async(fn -> throw(:ball) end)
case Task.yield(t) do
  {:exit, {{:nocatch, :ball}, _}} -> IO.puts("throw exit")
end

t = Task.async(fn -> :ok end)
Task.await(t)
other = spawn(fn ->
  try do
    Task.await(t, 10)
  rescue
    e in ArgumentError -> send(:main_proc2, {:msg, String.contains?(e.message, "must be queried from the owner")})
  end
end)
Process.register(self(), :main_proc2)
_ = other
receive do
  {:msg, m} -> IO.inspect(m)
end

try do
  Task.shutdown(Task.completed(1))
rescue
  e in ArgumentError -> IO.puts(String.contains?(e.message, "does not have an associated task process"))
end

tasks = [Task.async(fn -> 1 end), Task.async(fn -> Process.sleep(300) end)]
try do
  Task.await_many(tasks, 30)
catch
  :exit, {:timeout, {Task, :await_many, [^tasks, 30]}} -> IO.puts("await_many timeout")
end

# without trapping, a crashing linked task takes its owner down
Process.flag(:trap_exit, false)
defmodule Owner do
  def run do
    Task.async(fn -> exit(:task_died) end)
    Process.sleep(1000)
  end

  def watch do
    {pid, ref} = spawn_monitor(&run/0)

    receive do
      {:DOWN, ^ref, _, ^pid, reason} -> IO.inspect({:owner_down, reason})
    end
  end
end

Owner.watch()
