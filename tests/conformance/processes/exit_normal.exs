# Process.exit(pid, :normal): ignored by a process that does not trap exits,
# a message for one that does, and the end of the caller when pid is self().
defmodule E do
  def idle(parent) do
    receive do
      :report -> send(parent, {:alive, self()})
      m -> send(parent, {:got, m})
    end
    idle(parent)
  end

  def trapper(parent) do
    Process.flag(:trap_exit, true)
    send(parent, :ready)
    idle(parent)
  end

  def down(ref) do
    receive do
      {:DOWN, ^ref, :process, _, reason} -> {:DOWN, reason}
    after
      100 -> :still_alive
    end
  end

  def not_trapping(parent) do
    pid = spawn(fn -> idle(parent) end)
    ref = Process.monitor(pid)
    IO.inspect Process.exit(pid, :normal)
    IO.inspect down(ref)
    IO.inspect Process.alive?(pid)
    send(pid, :report)
    receive do {:alive, ^pid} -> IO.puts("non-trapping process ignored :normal") end
    pid
  end

  # A trapping process gets {:EXIT, from, :normal}.
  def trapping(parent) do
    tpid = spawn(fn -> trapper(parent) end)
    receive do :ready -> :ok end
    Process.exit(tpid, :normal)
    receive do
      {:got, {:EXIT, from, :normal}} -> IO.inspect(from == parent, label: "EXIT from the caller")
    end
    IO.inspect Process.alive?(tpid)
    tpid
  end

  # Process.exit(self(), :normal) ends the caller with :normal.
  def self_normal(parent) do
    {child, cref} = spawn_monitor(fn ->
      Process.exit(self(), :normal)
      send(parent, :not_reached)
    end)
    receive do
      {:DOWN, ^cref, :process, ^child, reason} -> IO.inspect(reason, label: "self :normal")
    end
    receive do
      :not_reached -> IO.puts("continued after exit(self(), :normal)")
    after
      50 -> IO.puts("ended at exit(self(), :normal)")
    end
  end

  # A trapping caller of Process.exit(self(), :normal) gets a message instead.
  def self_normal_trapping(parent) do
    {child, cref} = spawn_monitor(fn ->
      Process.flag(:trap_exit, true)
      Process.exit(self(), :normal)
      receive do
        {:EXIT, from, :normal} -> send(parent, {:self_exit_msg, from == self()})
      end
    end)
    receive do {:self_exit_msg, same} -> IO.inspect(same, label: "trapping self got EXIT") end
    receive do
      {:DOWN, ^cref, :process, ^child, reason} -> IO.inspect(reason)
    end
  end

  # exit/2 returns true even for a dead process.
  def dead do
    dead = spawn(fn -> :ok end)
    dref = Process.monitor(dead)
    receive do {:DOWN, ^dref, _, _, _} -> :ok end
    IO.inspect Process.exit(dead, :normal)
    IO.inspect Process.exit(dead, :kill)
  end
end

parent = self()
pid = E.not_trapping(parent)
tpid = E.trapping(parent)
E.self_normal(parent)
E.self_normal_trapping(parent)
E.dead()
Process.exit(pid, :kill)
Process.exit(tpid, :kill)
