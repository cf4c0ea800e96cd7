defmodule W do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def start_link(extra, arg), do: GenServer.start_link(__MODULE__, {extra, arg})
  def init(arg), do: {:ok, arg}
  def handle_call(:get, _from, s), do: {:reply, s, s}
end

{:ok, sup} = DynamicSupervisor.start_link(strategy: :one_for_one)
IO.inspect(DynamicSupervisor.which_children(sup))
IO.inspect(DynamicSupervisor.count_children(sup))
{:ok, a} = DynamicSupervisor.start_child(sup, {W, 1})
{:ok, b} = DynamicSupervisor.start_child(sup, %{id: :whatever, start: {W, :start_link, [2]}, restart: :temporary})
IO.inspect({GenServer.call(a, :get), GenServer.call(b, :get)})
IO.inspect(DynamicSupervisor.count_children(sup))
IO.inspect(DynamicSupervisor.which_children(sup) |> Enum.map(fn {id, p, t, m} -> {id, is_pid(p), t, m} end))
IO.inspect(DynamicSupervisor.start_child(sup, %{id: 1, start: {Function, :identity, [:ignore]}}))
IO.inspect(DynamicSupervisor.start_child(sup, %{id: 1, start: {Function, :identity, [{:error, :x}]}}))
IO.inspect(DynamicSupervisor.start_child(sup, %{id: 1, start: {Function, :identity, [:other]}}))
IO.inspect(DynamicSupervisor.start_child(sup, %{id: 1, start: {W, :start_link}}))
IO.inspect(DynamicSupervisor.start_child(sup, %{id: 1, start: {W, :start_link, [1]}, restart: :bad}))
IO.inspect(DynamicSupervisor.start_child(sup, %{id: 1, start: {W, :start_link, [1]}, shutdown: -1}))
try do
  DynamicSupervisor.start_child(sup, %{id: 1, start: {W, :start_link, [1]}, type: :bad})
rescue
  e in CaseClauseError -> IO.inspect(e.term)
end
IO.inspect(DynamicSupervisor.terminate_child(sup, b))
IO.inspect(DynamicSupervisor.terminate_child(sup, b))
IO.inspect(DynamicSupervisor.count_children(sup))

# restart of a permanent child
ref = Process.monitor(a)
Process.exit(a, :kill)
receive do
  {:DOWN, ^ref, _, _, _} -> :ok
end
Process.sleep(20)
[{:undefined, a2, :worker, [W]}] = DynamicSupervisor.which_children(sup)
IO.inspect(a2 != a and is_pid(a2))
IO.inspect(GenServer.call(a2, :get))
IO.inspect(DynamicSupervisor.stop(sup))
IO.inspect(Process.alive?(a2))

{:ok, sup} = DynamicSupervisor.start_link(strategy: :one_for_one, max_children: 1, extra_arguments: [:extra], name: :dyn)
{:ok, c} = DynamicSupervisor.start_child(:dyn, %{id: :c, start: {W, :start_link, [3]}})
IO.inspect(GenServer.call(c, :get))
IO.inspect(DynamicSupervisor.start_child(:dyn, %{id: :c, start: {W, :start_link, [4]}}))
DynamicSupervisor.stop(:dyn)

defmodule MySup do
  use DynamicSupervisor
  def start_link(arg), do: DynamicSupervisor.start_link(__MODULE__, arg, name: __MODULE__)
  def init(arg), do: DynamicSupervisor.init(strategy: :one_for_one, max_restarts: arg)
end

{:ok, _} = MySup.start_link(0)
IO.inspect(MySup.child_spec(5))
IO.inspect(DynamicSupervisor.init(max_children: 3))
Process.flag(:trap_exit, true)
{:ok, d} = DynamicSupervisor.start_child(MySup, {W, 1})
Process.exit(d, :kill)
receive do
  {:EXIT, _, reason} -> IO.inspect({:sup_exit, reason})
end
IO.inspect(DynamicSupervisor.start_link(strategy: :one_for_all))
