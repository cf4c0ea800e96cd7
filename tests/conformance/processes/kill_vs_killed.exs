# :kill sent with Process.exit/2 becomes :killed for everyone else; a
# process that exits with :kill itself passes :kill on.
defmodule KK do
  def watch(fun) do
    parent = self()
    {pid, ref} = spawn_monitor(fn ->
      Process.flag(:trap_exit, true)
      child = spawn_link(fun)
      send(parent, {:child, child})
      receive do
        {:EXIT, ^child, reason} -> send(parent, {:link_saw, reason})
      end
    end)
    child = receive do {:child, c} -> c end
    {pid, ref, child}
  end

  def result(pid, ref) do
    link = receive do {:link_saw, r} -> r end
    down = receive do {:DOWN, ^ref, :process, ^pid, r} -> r end
    {link, down}
  end
end

# Killed from outside.
{pid, ref, child} = KK.watch(fn -> Process.sleep(:infinity) end)
Process.exit(child, :kill)
IO.inspect KK.result(pid, ref), label: "Process.exit(child, :kill)"

# Exits with :kill by itself.
{pid, ref, _} = KK.watch(fn -> exit(:kill) end)
IO.inspect KK.result(pid, ref), label: "exit(:kill)"

# Process.exit(self(), :kill) inside the child.
{pid, ref, _} = KK.watch(fn -> Process.exit(self(), :kill) end)
IO.inspect KK.result(pid, ref), label: "Process.exit(self(), :kill)"

# :killed as an ordinary reason is passed on as :killed.
{pid, ref, _} = KK.watch(fn -> exit(:killed) end)
IO.inspect KK.result(pid, ref), label: "exit(:killed)"

# A monitor sees the same reasons.
for {label, fun} <- [kill_from_outside: nil, exit_kill: fn -> exit(:kill) end] do
  {p, r} =
    case fun do
      nil ->
        {p, r} = spawn_monitor(fn -> Process.sleep(:infinity) end)
        Process.exit(p, :kill)
        {p, r}
      f -> spawn_monitor(f)
    end
  receive do
    {:DOWN, ^r, :process, ^p, reason} -> IO.inspect(reason, label: "#{label} monitor")
  end
end
