# spawn_monitor/1,3 returns {pid, ref}; the DOWN message carries the reason.
defmodule T do
  def down(pid, ref) do
    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> reason
    end
  end

  def stop(reason), do: exit(reason)
end

{pid, ref} = spawn_monitor(fn -> :ok end)
IO.inspect {is_pid(pid), is_reference(ref)}
IO.inspect T.down(pid, ref), label: "normal"

{pid, ref} = spawn_monitor(fn -> exit(:bye) end)
IO.inspect T.down(pid, ref), label: "exit(:bye)"

{pid, ref} = spawn_monitor(T, :stop, [{:shutdown, :because}])
IO.inspect T.down(pid, ref), label: "spawn_monitor/3"

{pid, ref} = spawn_monitor(fn -> receive do :go -> exit(:went) end end)
IO.inspect Process.alive?(pid), label: "alive before"
send(pid, :go)
IO.inspect T.down(pid, ref), label: "after :go"
IO.inspect Process.alive?(pid), label: "alive after"

# The monitor does not link: a crash does not reach the caller.
{pid, ref} = spawn_monitor(fn -> exit(:crash) end)
IO.inspect T.down(pid, ref), label: "crash"
{:links, links} = Process.info(self(), :links)
IO.inspect pid in links, label: "linked"

# A monitor shows in Process.info(self(), :monitors) until it fires.
{pid, ref} = spawn_monitor(fn -> receive do :stop -> :ok end end)
{:monitors, mons} = Process.info(self(), :monitors)
IO.inspect {:process, pid} in mons, label: "in monitors"
{:monitored_by, by} = Process.info(pid, :monitored_by)
IO.inspect self() in by, label: "monitored_by"
send(pid, :stop)
IO.inspect T.down(pid, ref), label: "stopped"
IO.inspect Process.info(self(), :monitors), label: "monitors after"
