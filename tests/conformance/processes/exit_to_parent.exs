# A child sends exit signals to its parent and to its siblings.
defmodule EP do
  def run_trapping do
    Process.flag(:trap_exit, true)
    parent = self()
    child = spawn(fn -> Process.exit(parent, :from_child) end)
    receive do
      {:EXIT, from, reason} -> IO.inspect({from == child, reason}, label: "trapped signal")
    end
    # :normal from another process is a message too when trapping.
    child2 = spawn(fn -> Process.exit(parent, :normal) end)
    receive do
      {:EXIT, from, reason} -> IO.inspect({from == child2, reason}, label: "trapped normal")
    end
    Process.flag(:trap_exit, false)
  end

  # A sibling killed by another sibling.
  def siblings do
    {victim, vref} = spawn_monitor(fn -> receive do :never -> :ok end end)
    killer = spawn(fn -> Process.exit(victim, :sibling_rivalry) end)
    receive do
      {:DOWN, ^vref, :process, ^victim, reason} -> IO.inspect(reason, label: "victim")
    end
    IO.inspect is_pid(killer)
  end

  # A process killing its own parent (which is not the test's process).
  def kill_parent do
    {mid, ref} = spawn_monitor(fn ->
      me = self()
      spawn(fn -> Process.exit(me, :kill) end)
      receive do :never -> :ok end
    end)
    receive do
      {:DOWN, ^ref, :process, ^mid, reason} -> IO.inspect(reason, label: "killed by child")
    end
  end
end

EP.run_trapping()
EP.siblings()
EP.kill_parent()
