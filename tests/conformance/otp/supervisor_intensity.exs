defmodule W do
  use GenServer
  def start_link(id), do: GenServer.start_link(__MODULE__, id, name: id)
  def init(id), do: {:ok, id}
end

Process.flag(:trap_exit, true)
{:ok, sup} = Supervisor.start_link([{W, :w}], strategy: :one_for_one, max_restarts: 2, max_seconds: 10)

# waits until the supervisor has restarted :w (or ended)
wait = fn wait, old, sup ->
  case Process.whereis(:w) do
    pid when is_pid(pid) and pid != old -> :ok
    _ -> if Process.alive?(sup), do: (Process.sleep(1); wait.(wait, old, sup)), else: :ok
  end
end

kill = fn ->
  pid = Process.whereis(:w)
  ref = Process.monitor(pid)
  Process.exit(pid, :kill)
  receive do
    {:DOWN, ^ref, _, _, _} -> :ok
  end
  pid
end

old = kill.()
wait.(wait, old, sup)
IO.inspect(is_pid(Process.whereis(:w)))
old = kill.()
wait.(wait, old, sup)
IO.inspect(is_pid(Process.whereis(:w)))
kill.()

receive do
  {:EXIT, ^sup, reason} -> IO.inspect({:supervisor_exited, reason})
end

IO.inspect(Process.whereis(:w))

{:ok, sup} = Supervisor.start_link([{W, :w}], strategy: :one_for_one, max_restarts: 0)
kill.()
receive do
  {:EXIT, ^sup, reason} -> IO.inspect({:supervisor_exited, reason})
end

# a child that fails to start stops the supervisor's start
IO.inspect(Supervisor.start_link([%{id: :bad, start: {Function, :identity, [{:error, :nope}]}}], strategy: :one_for_one))
receive do
  {:EXIT, _, reason} -> IO.inspect({:exited, reason})
end
IO.inspect(Supervisor.start_link([{W, :w}, %{id: :bad, start: {Kernel, :exit, [:bye]}}], strategy: :one_for_one))
receive do
  {:EXIT, _, reason} -> IO.inspect({:exited, reason})
end
IO.inspect(Process.whereis(:w))
IO.inspect(Supervisor.start_link([%{id: :a}], strategy: :one_for_one))
receive do
  {:EXIT, _, reason} -> IO.inspect({:exited, reason})
end
IO.inspect(Supervisor.start_link([W, W], strategy: :one_for_one))
receive do
  {:EXIT, _, reason} -> IO.inspect({:exited, reason})
end
IO.inspect(Supervisor.start_link([], strategy: :bad))
receive do
  {:EXIT, _, reason} -> IO.inspect({:exited, reason})
end
IO.inspect(Supervisor.start_link([], strategy: :one_for_one, max_restarts: -1))
IO.inspect(Supervisor.start_link([], strategy: :one_for_one, max_seconds: 0))
