# spawn_link: a linked child that ends normally does not hurt the parent;
# a trapping parent gets {:EXIT, pid, :normal}.
defmodule T do
  def normal_child do
    parent = self()
    pid = spawn_link(fn -> receive do :go -> send(parent, :child_ran) end end)
    ref = Process.monitor(pid)
    send(pid, :go)
    receive do :child_ran -> :ok end
    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect(reason, label: "child")
    end
    IO.inspect Process.alive?(self()), label: "parent alive"
  end

  def trapping do
    Process.flag(:trap_exit, true)
    pid = spawn_link(fn -> :ok end)
    receive do
      {:EXIT, ^pid, reason} -> IO.inspect(reason, label: "EXIT normal")
    end
    pid2 = spawn_link(fn -> exit(:shutdown) end)
    receive do
      {:EXIT, ^pid2, reason} -> IO.inspect(reason, label: "EXIT shutdown")
    end
    pid3 = spawn_link(fn -> exit({:custom, 1}) end)
    receive do
      {:EXIT, ^pid3, reason} -> IO.inspect(reason, label: "EXIT custom")
    end
    pid4 = spawn_link(__MODULE__, :child, [42])
    receive do
      {:EXIT, ^pid4, reason} -> IO.inspect(reason, label: "EXIT spawn_link/3")
    end
    Process.flag(:trap_exit, false)
  end

  def child(n), do: exit({:value, n})

  # The child is in the parent's links and the parent in the child's.
  def links do
    parent = self()
    pid = spawn_link(fn -> receive do :stop -> :ok end end)
    {:links, mine} = Process.info(self(), :links)
    {:links, theirs} = Process.info(pid, :links)
    IO.inspect {pid in mine, parent in theirs}
    send(pid, :stop)
  end
end

T.normal_child()
T.trapping()
T.links()
IO.puts("done")
