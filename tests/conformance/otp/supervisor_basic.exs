defmodule Worker do
  use GenServer
  def start_link(n), do: GenServer.start_link(__MODULE__, n)
  def init(n), do: {:ok, n}
  def handle_call(:get, _from, n), do: {:reply, n, n}
end

strip = fn children -> Enum.map(children, fn {id, pid, type, mods} -> {id, is_pid(pid), type, mods} end) end

children = [
  {Worker, 1},
  Supervisor.child_spec({Worker, 2}, id: :second),
  %{id: :third, start: {Worker, :start_link, [3]}, restart: :transient, shutdown: 100}
]

{:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)
IO.inspect(strip.(Supervisor.which_children(sup)))
IO.inspect(Supervisor.count_children(sup))
[{:third, p3, _, _} | _] = Supervisor.which_children(sup)
IO.inspect(GenServer.call(p3, :get))
IO.inspect(Supervisor.terminate_child(sup, :second))
IO.inspect(strip.(Supervisor.which_children(sup)))
IO.inspect(Supervisor.count_children(sup))
{:ok, p2} = Supervisor.restart_child(sup, :second)
IO.inspect(GenServer.call(p2, :get))
IO.inspect(Supervisor.restart_child(sup, :second))
IO.inspect(Supervisor.delete_child(sup, :second))
IO.inspect(Supervisor.terminate_child(sup, :second))
IO.inspect(Supervisor.delete_child(sup, :second))
IO.inspect(Supervisor.delete_child(sup, :second))
IO.inspect(Supervisor.terminate_child(sup, :nope))
IO.inspect(Supervisor.restart_child(sup, :nope))
{:ok, p4} = Supervisor.start_child(sup, %{id: :fourth, start: {Worker, :start_link, [4]}})
IO.inspect(GenServer.call(p4, :get))
IO.inspect(Supervisor.start_child(sup, %{id: :fourth, start: {Worker, :start_link, [4]}}) == {:error, {:already_started, p4}})
Supervisor.terminate_child(sup, :fourth)
IO.inspect(Supervisor.start_child(sup, %{id: :fourth, start: {Worker, :start_link, [4]}}))
IO.inspect(Supervisor.start_child(sup, %{id: :ign, start: {Function, :identity, [:ignore]}}))
IO.inspect(Supervisor.start_child(sup, %{id: :tmp_ign, start: {Function, :identity, [:ignore]}, restart: :temporary}))
IO.inspect(strip.(Supervisor.which_children(sup)))
IO.inspect(Supervisor.stop(sup))
IO.inspect(Process.alive?(p3))
IO.inspect(Process.alive?(sup))

{:ok, sup2} = Supervisor.start_link([], strategy: :one_for_all, name: :named_sup)
IO.inspect(Process.whereis(:named_sup) == sup2)
IO.inspect(Supervisor.which_children(:named_sup))
IO.inspect(Supervisor.count_children(:named_sup))
IO.inspect(Supervisor.start_link([], strategy: :one_for_all, name: :named_sup) == {:error, {:already_started, sup2}})
Supervisor.stop(:named_sup)
IO.inspect(Supervisor.child_spec({Worker, 3}, restart: :temporary, shutdown: 10))
IO.inspect(Supervisor.child_spec(Worker, id: :w))
IO.inspect(Supervisor.child_spec(%{id: 1, start: {M, :f, []}}, type: :supervisor))
IO.inspect(Worker.child_spec(4))
IO.inspect(Supervisor.init([Worker], strategy: :one_for_one))
IO.inspect(Supervisor.init([{Worker, 5}], strategy: :rest_for_one, max_restarts: 1, max_seconds: 2))
