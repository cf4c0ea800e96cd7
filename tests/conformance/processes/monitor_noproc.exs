# A monitor of a process that is already dead fires at once with :noproc.
defmodule N do
  def dead_pid do
    dead = spawn(fn -> :ok end)
    ref = Process.monitor(dead)
    receive do {:DOWN, ^ref, _, _, _} -> :ok end
    dead
  end

  def again(dead) do
    ref = Process.monitor(dead)
    receive do
      {:DOWN, ^ref, :process, pid, reason} -> IO.inspect({pid == dead, reason})
    after
      1_000 -> IO.puts("no DOWN")
    end
  end

  def erlang_monitor(dead) do
    ref = :erlang.monitor(:process, dead)
    receive do
      {:DOWN, ^ref, :process, ^dead, reason} -> IO.inspect(reason, label: "erlang.monitor")
    end
  end

  # Monitoring a registered name: the object is {name, node}.
  def named do
    pid = spawn(fn -> receive do :stop -> exit(:named_stop) end end)
    Process.register(pid, :named)
    ref = Process.monitor(:named)
    send(:named, :stop)
    receive do
      {:DOWN, ^ref, :process, obj, reason} -> IO.inspect({obj, reason})
    end
  end

  # Monitoring a name nobody has: :noproc with {name, node}.
  def unknown_name do
    ref = Process.monitor(:nobody_has_this)
    receive do
      {:DOWN, ^ref, :process, obj, reason} -> IO.inspect({obj, reason})
    end
  end

  # Killed processes report :killed.
  def killed do
    pid = spawn(fn -> Process.sleep(:infinity) end)
    ref = Process.monitor(pid)
    Process.exit(pid, :kill)
    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect(reason, label: "kill")
    end
  end
end

dead = N.dead_pid()
IO.inspect Process.alive?(dead)
N.again(dead)
N.erlang_monitor(dead)
N.named()
N.unknown_name()
N.killed()
IO.inspect Process.info(self(), :message_queue_len)
