# Process.exit(pid, reason) with a reason other than :normal and :kill.
defmodule X do
  def down(ref) do
    receive do
      {:DOWN, ^ref, :process, _, reason} -> reason
    after
      500 -> :still_alive
    end
  end

  def any_reason(reason) do
    pid = spawn(fn -> Process.sleep(:infinity) end)
    ref = Process.monitor(pid)
    Process.exit(pid, reason)
    IO.inspect down(ref)
  end

  # A trapping process turns each of them into a message and lives on.
  def trapping(parent) do
    pid = spawn(fn ->
      Process.flag(:trap_exit, true)
      send(parent, :trapping)
      for _ <- 1..3 do
        receive do
          {:EXIT, from, reason} -> send(parent, {:trapped, from == parent, reason})
        end
      end
      receive do :stop -> :ok end
    end)
    receive do :trapping -> :ok end
    ref = Process.monitor(pid)
    Process.exit(pid, :boom)
    Process.exit(pid, {:shutdown, 1})
    Process.exit(pid, :normal)
    for _ <- 1..3 do
      receive do {:trapped, from, reason} -> IO.inspect({from, reason}) end
    end
    IO.inspect Process.alive?(pid)
    send(pid, :stop)
    IO.inspect down(ref)
  end

  # exit/1 in a process ends it with that reason.
  def exit1(reason) do
    {pid, ref} = spawn_monitor(fn -> exit(reason) end)
    receive do
      {:DOWN, ^ref, :process, ^pid, r} -> IO.inspect(r, label: "exit/1")
    end
  end
end

for reason <- [:boom, :shutdown, {:shutdown, :x}, "text", 42, {:tuple, [1, 2]}] do
  X.any_reason(reason)
end
X.trapping(self())
for reason <- [:normal, :bye, {:error, :why}], do: X.exit1(reason)

# exit/1 can be caught inside the process.
r = try do
  exit(:caught)
catch
  :exit, reason -> {:caught_exit, reason}
end
IO.inspect r

# Process.exit with a non-pid raises.
try do
  Process.exit(:not_a_pid, :boom)
rescue
  ArgumentError -> IO.puts("ArgumentError for a non-pid")
end
