# Process.alive?/1 through a process's life.
defmodule A do
  def wait_down(pid) do
    ref = Process.monitor(pid)
    receive do {:DOWN, ^ref, _, _, _} -> :ok end
  end
end

IO.inspect Process.alive?(self())
IO.inspect :erlang.is_process_alive(self())

pid = spawn(fn -> receive do :stop -> :ok end end)
IO.inspect Process.alive?(pid)
send(pid, :stop)
A.wait_down(pid)
IO.inspect Process.alive?(pid)

# Ended by an error, by exit/1, by a kill.
p1 = spawn(fn -> receive do :go -> exit(:bye) end end)
p2 = spawn(fn -> Process.sleep(:infinity) end)
IO.inspect {Process.alive?(p1), Process.alive?(p2)}
send(p1, :go)
A.wait_down(p1)
Process.exit(p2, :kill)
A.wait_down(p2)
IO.inspect {Process.alive?(p1), Process.alive?(p2)}

# Many at once.
pids = for i <- 1..50, do: spawn(fn -> receive do :stop -> i end end)
IO.inspect Enum.count(pids, &Process.alive?/1)
{stop, keep} = Enum.split(pids, 20)
Enum.each(stop, &send(&1, :stop))
Enum.each(stop, &A.wait_down/1)
IO.inspect Enum.count(pids, &Process.alive?/1)
Enum.each(keep, &Process.exit(&1, :kill))
Enum.each(keep, &A.wait_down/1)
IO.inspect Enum.count(pids, &Process.alive?/1)

# A non-pid raises.
for v <- [:name, 1, make_ref()] do
  try do
    Process.alive?(v)
  rescue
    ArgumentError -> IO.puts("ArgumentError for #{if is_reference(v), do: "a reference", else: inspect(v)}")
  end
end
