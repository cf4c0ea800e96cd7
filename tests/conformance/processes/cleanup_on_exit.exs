# When a process ends, its links and monitors are gone from the processes
# at their other ends, and its name is free again.
defmodule CU do
  def wait_down(pid) do
    ref = Process.monitor(pid)
    receive do {:DOWN, ^ref, _, _, _} -> :ok end
  end
end

parent = self()
target = spawn(fn -> receive do :stop -> :ok end end)
# A watcher that links to and monitors the target, then ends normally.
watcher = spawn(fn ->
  Process.link(target)
  Process.monitor(target)
  Process.register(self(), :watcher_name)
  send(parent, :watching)
  receive do :stop -> :ok end
end)
receive do :watching -> :ok end
{:links, links} = Process.info(target, :links)
{:monitored_by, by} = Process.info(target, :monitored_by)
IO.inspect {watcher in links, watcher in by}
IO.inspect Process.whereis(:watcher_name) == watcher

send(watcher, :stop)
CU.wait_down(watcher)
Process.sleep(10)
{:links, links} = Process.info(target, :links)
{:monitored_by, by} = Process.info(target, :monitored_by)
IO.inspect {watcher in links, watcher in by}
IO.inspect Process.whereis(:watcher_name)
IO.inspect Process.alive?(target)

# The name can be taken by another process now.
IO.inspect Process.register(target, :watcher_name)
IO.inspect Process.whereis(:watcher_name) == target

# A monitor that fired is gone from both sides.
ref = Process.monitor(target)
{:monitors, mons} = Process.info(self(), :monitors)
IO.inspect {:process, target} in mons
send(target, :stop)
receive do {:DOWN, ^ref, _, _, r} -> IO.inspect(r) end
{:monitors, mons} = Process.info(self(), :monitors)
IO.inspect {:process, target} in mons
IO.inspect Process.whereis(:watcher_name)
