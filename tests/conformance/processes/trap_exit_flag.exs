# Process.flag(:trap_exit, _) returns the old value; info shows it.
defmodule F do
  def child_flag(parent) do
    Process.flag(:trap_exit, true)
    spawn(fn -> send(parent, {:child_flag, Process.info(self(), :trap_exit)}) end)
    receive do {:child_flag, f} -> IO.inspect(f, label: "child") end
    Process.flag(:trap_exit, false)
  end

  # A trapping process survives a crashing link and gets the reason.
  def survive(parent) do
    pid = spawn(fn ->
      Process.flag(:trap_exit, true)
      child = spawn_link(fn -> exit(:crashed) end)
      receive do
        {:EXIT, ^child, reason} -> send(parent, {:survived, reason})
      end
    end)
    ref = Process.monitor(pid)
    receive do {:survived, r} -> IO.inspect(r, label: "survived") end
    receive do {:DOWN, ^ref, _, _, r} -> IO.inspect(r, label: "then ended") end
  end

  # Turning trapping off again: the next crashing link kills it.
  def off_again do
    {pid, ref} = spawn_monitor(fn ->
      Process.flag(:trap_exit, true)
      Process.flag(:trap_exit, false)
      spawn_link(fn -> exit(:second) end)
      Process.sleep(:infinity)
    end)
    receive do {:DOWN, ^ref, :process, ^pid, r} -> IO.inspect(r, label: "not trapping") end
  end

  # An exit signal that arrived while trapping stays a message after the
  # flag is turned off.
  def kept(parent) do
    {pid, ref} = spawn_monitor(fn ->
      Process.flag(:trap_exit, true)
      send(parent, {:trapping, self()})
      receive do :go -> :ok end
      Process.flag(:trap_exit, false)
      receive do
        {:EXIT, _, reason} -> send(parent, {:kept_message, reason})
      end
    end)
    receive do {:trapping, ^pid} -> :ok end
    Process.exit(pid, :early)
    send(pid, :go)
    receive do {:kept_message, r} -> IO.inspect(r, label: "kept") end
    receive do {:DOWN, ^ref, :process, ^pid, r} -> IO.inspect(r) end
  end
end

IO.inspect Process.flag(:trap_exit, true)
IO.inspect Process.info(self(), :trap_exit)
IO.inspect Process.flag(:trap_exit, true)
IO.inspect Process.flag(:trap_exit, false)
IO.inspect Process.info(self(), :trap_exit)
IO.inspect :erlang.process_flag(:trap_exit, false)

F.child_flag(self())
F.survive(self())
F.off_again()
F.kept(self())

# Bad flags raise.
for args <- [[:trap_exit, :yes], [:no_such_flag, true]] do
  try do
    apply(Process, :flag, args)
  rescue
    ArgumentError -> IO.puts("ArgumentError for #{inspect(args)}")
  end
end
