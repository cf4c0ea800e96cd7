# Process.exit(pid, :kill) cannot be trapped; watchers see :killed.
defmodule K do
  def trapper(parent) do
    Process.flag(:trap_exit, true)
    send(parent, {:ready, self()})
    loop(parent)
  end

  def loop(parent) do
    receive do
      m -> send(parent, {:trapped, m})
    end
    loop(parent)
  end

  def down(ref) do
    receive do
      {:DOWN, ^ref, :process, _, reason} -> reason
    end
  end

  def kill_trapping(parent) do
    pid = spawn(fn -> trapper(parent) end)
    receive do {:ready, ^pid} -> :ok end
    ref = Process.monitor(pid)
    IO.inspect Process.exit(pid, :kill)
    IO.inspect down(ref), label: "trapping process killed"
    IO.inspect Process.alive?(pid)
  end

  def kill_sleeping do
    pid = spawn(fn -> Process.sleep(:infinity) end)
    ref = Process.monitor(pid)
    Process.exit(pid, :kill)
    IO.inspect down(ref), label: "sleeping process killed"
  end

  # A linked process that traps exits sees :killed, not :kill.
  def killed_link do
    Process.flag(:trap_exit, true)
    pid = spawn_link(fn -> Process.sleep(:infinity) end)
    Process.exit(pid, :kill)
    receive do
      {:EXIT, ^pid, reason} -> IO.inspect(reason, label: "EXIT of a killed link")
    end
  end

  # A process that calls exit(:kill) itself ends with reason :kill, and its
  # links get :kill, which is an ordinary (trappable) reason for them.
  def exit_kill_link do
    pid = spawn_link(fn -> exit(:kill) end)
    receive do
      {:EXIT, ^pid, reason} -> IO.inspect(reason, label: "EXIT of exit(:kill)")
    end
  end

  # That :kill kills a non-trapping linked process with reason :kill.
  def exit_kill_propagates do
    {mid, mref} = spawn_monitor(fn ->
      spawn_link(fn -> exit(:kill) end)
      Process.sleep(:infinity)
    end)
    receive do
      {:DOWN, ^mref, :process, ^mid, reason} -> IO.inspect(reason, label: "linked to exit(:kill)")
    end
  end

  # A trapping process only gets a message for other reasons.
  def trapped(parent) do
    t = spawn(fn -> trapper(parent) end)
    receive do {:ready, ^t} -> :ok end
    Process.exit(t, :some_reason)
    receive do
      {:trapped, {:EXIT, from, :some_reason}} -> IO.inspect(from == parent, label: "trapped some_reason")
    end
    IO.inspect Process.alive?(t)
    Process.exit(t, :kill)
  end

  # Process.exit(self(), :kill) ends the caller with :killed.
  def kill_self do
    {p, r} = spawn_monitor(fn ->
      Process.flag(:trap_exit, true)
      Process.exit(self(), :kill)
      Process.sleep(:infinity)
    end)
    receive do
      {:DOWN, ^r, :process, ^p, reason} -> IO.inspect(reason, label: "exit(self(), :kill)")
    end
  end
end

parent = self()
K.kill_trapping(parent)
K.kill_sleeping()
K.killed_link()
K.exit_kill_link()
K.exit_kill_propagates()
K.trapped(parent)
K.kill_self()
