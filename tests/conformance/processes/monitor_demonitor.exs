# Process.monitor/1 and demonitor/1,2.
defmodule M do
  def idle do
    receive do
      {:exit_with, r} -> exit(r)
    end
  end

  def down(ref) do
    receive do
      {:DOWN, ^ref, :process, obj, reason} -> {:DOWN, is_pid(obj), reason}
    after
      200 -> :no_down
    end
  end
end

pid = spawn(&M.idle/0)
ref = Process.monitor(pid)
IO.inspect is_reference(ref)
send(pid, {:exit_with, :done})
IO.inspect M.down(ref)

# Two monitors of one process give two DOWN messages with their own refs.
pid = spawn(&M.idle/0)
r1 = Process.monitor(pid)
r2 = Process.monitor(pid)
IO.inspect r1 != r2
send(pid, {:exit_with, :twice})
IO.inspect M.down(r2)
IO.inspect M.down(r1)

# demonitor before the exit: no DOWN.
pid = spawn(&M.idle/0)
ref = Process.monitor(pid)
IO.inspect Process.demonitor(ref)
send(pid, {:exit_with, :quiet})
IO.inspect M.down(ref)

# demonitor after the DOWN was sent leaves the message, unless :flush.
# (A second monitor tells when the process has ended.)
pid = spawn(&M.idle/0)
ref = Process.monitor(pid)
ended = Process.monitor(pid)
send(pid, {:exit_with, :left})
M.down(ended)
IO.inspect Process.demonitor(ref)
IO.inspect M.down(ref)

pid = spawn(&M.idle/0)
ref = Process.monitor(pid)
ended = Process.monitor(pid)
send(pid, {:exit_with, :flushed})
M.down(ended)
IO.inspect Process.demonitor(ref, [:flush])
IO.inspect M.down(ref)
IO.inspect Process.info(self(), :messages)

# :info says whether the monitor was still there.
pid = spawn(&M.idle/0)
ref = Process.monitor(pid)
IO.inspect Process.demonitor(ref, [:info])
IO.inspect Process.demonitor(ref, [:info])
IO.inspect Process.demonitor(ref, [:flush, :info])
send(pid, {:exit_with, :x})

# demonitor of a reference that is not a monitor.
IO.inspect Process.demonitor(make_ref())
IO.inspect Process.demonitor(make_ref(), [:flush])

# Bad arguments.
for {name, fun} <- [not_a_ref: fn -> Process.demonitor(:nope) end,
                    bad_option: fn -> Process.demonitor(make_ref(), [:nope]) end,
                    monitor_atom_type: fn -> :erlang.monitor(:nope, self()) end,
                    monitor_integer: fn -> Process.monitor(1) end] do
  try do
    IO.inspect(fun.(), label: "#{name}")
  rescue
    ArgumentError -> IO.puts("#{name}: ArgumentError")
  end
end

# Monitoring yourself is allowed and never fires while you live.
ref = Process.monitor(self())
IO.inspect Process.demonitor(ref, [:info])
