defmodule W do
  use GenServer
  def start_link(id), do: GenServer.start_link(__MODULE__, id, name: id)
  def init(id), do: {:ok, id}
  def handle_call(:get, _from, id), do: {:reply, id, id}
end

defmodule T do
  def pids(sup), do: sup |> Supervisor.which_children() |> Enum.map(fn {id, pid, _, _} -> {id, pid} end) |> Map.new()

  def changed(before, now) do
    for {id, pid} <- Enum.sort(before), do: {id, now[id] != pid and is_pid(now[id])}
  end

  # until the supervisor has restarted `name` (signals from two processes
  # have no defined order, so a :sys call alone could overtake the exit)
  def wait(sup, name, old) do
    case Process.whereis(name) do
      pid when is_pid(pid) and pid != old -> :sys.get_state(sup)
      _ -> Process.sleep(1); wait(sup, name, old)
    end
  end

  def kill_and_wait(sup, name) do
    pid = Process.whereis(name)
    ref = Process.monitor(pid)
    Process.exit(pid, :kill)
    receive do
      {:DOWN, ^ref, _, _, _} -> :ok
    end
    wait(sup, name, pid)
  end
end

for strategy <- [:one_for_one, :one_for_all, :rest_for_one] do
  {:ok, sup} = Supervisor.start_link([{W, :a} |> Supervisor.child_spec(id: :a), Supervisor.child_spec({W, :b}, id: :b), Supervisor.child_spec({W, :c}, id: :c)], strategy: strategy)
  before = T.pids(sup)
  T.kill_and_wait(sup, :b)
  IO.inspect({strategy, T.changed(before, T.pids(sup))})
  IO.inspect(GenServer.call(:b, :get))
  Supervisor.stop(sup)
end

# restart types
{:ok, sup} =
  Supervisor.start_link(
    [
      %{id: :perm, start: {W, :start_link, [:perm]}, restart: :permanent},
      %{id: :trans, start: {W, :start_link, [:trans]}, restart: :transient},
      %{id: :temp, start: {W, :start_link, [:temp]}, restart: :temporary}
    ],
    strategy: :one_for_one
  )

GenServer.stop(:trans, :normal)
Process.sleep(20)
GenServer.stop(:temp, :normal)
Process.sleep(20)
GenServer.stop(:perm, :normal)
Process.sleep(20)
IO.inspect(Supervisor.which_children(sup) |> Enum.map(fn {id, p, _, _} -> {id, is_pid(p)} end))
IO.inspect(Supervisor.count_children(sup))
T.kill_and_wait(sup, :perm)
IO.inspect(Supervisor.restart_child(sup, :trans) |> elem(0))
T.kill_and_wait(sup, :trans)
Process.sleep(20)
IO.inspect(Supervisor.which_children(sup) |> Enum.map(fn {id, p, _, _} -> {id, is_pid(p)} end))
Supervisor.stop(sup)
IO.inspect(Process.whereis(:perm))
