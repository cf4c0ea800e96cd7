defmodule Counter do
  use Agent
  def start_link(n), do: Agent.start_link(fn -> n end, name: __MODULE__)
  def value, do: Agent.get(__MODULE__, & &1)
  def inc, do: Agent.update(__MODULE__, &(&1 + 1))
end

defmodule Stack do
  use GenServer, restart: :transient, shutdown: 1000
  def start_link(list), do: GenServer.start_link(__MODULE__, list, name: __MODULE__)
  def init(list), do: {:ok, list}
  def handle_call(:pop, _from, [h | t]), do: {:reply, h, t}
end

defmodule Inner do
  use Supervisor
  def start_link(arg), do: Supervisor.start_link(__MODULE__, arg, name: __MODULE__)
  def init(arg), do: Supervisor.init([{Counter, arg}], strategy: :one_for_one)
end

defmodule Outer do
  use Supervisor
  def start_link(arg), do: Supervisor.start_link(__MODULE__, arg)

  @impl true
  def init(arg) do
    children = [
      {Inner, arg},
      {Stack, [:a, :b]},
      {Task, fn -> :ok end}
    ]

    Supervisor.init(children, strategy: :rest_for_one, max_restarts: 5)
  end
end

IO.inspect(Stack.child_spec([1]))
IO.inspect(Counter.child_spec(0))
IO.inspect(Inner.child_spec(3))
{:ok, sup} = Outer.start_link(10)
# the temporary Task child ends at once and is forgotten
Process.sleep(100)
IO.inspect(Supervisor.which_children(sup) |> Enum.map(fn {id, p, type, mods} -> {id, is_pid(p), type, mods} end))
IO.inspect(Supervisor.count_children(sup))
IO.inspect(Supervisor.which_children(Inner) |> Enum.map(fn {id, _, type, _} -> {id, type} end))
IO.inspect(Counter.value())
Counter.inc()
IO.inspect(Counter.value())
IO.inspect(GenServer.call(Stack, :pop))

# restarting the inner supervisor restarts what comes after it (rest_for_one)
stack = Process.whereis(Stack)
inner = Process.whereis(Inner)
ref = Process.monitor(inner)
Process.exit(inner, :kill)
receive do
  {:DOWN, ^ref, _, _, _} -> :ok
end

wait = fn wait ->
  case Process.whereis(Stack) do
    pid when is_pid(pid) and pid != stack -> :ok
    _ -> Process.sleep(1); wait.(wait)
  end
end
wait.(wait)
IO.inspect(Counter.value())
IO.inspect(GenServer.call(Stack, :pop))
IO.inspect(Process.whereis(Inner) != inner)
IO.inspect(Supervisor.stop(sup))
IO.inspect({Process.whereis(Inner), Process.whereis(Stack), Process.whereis(Counter)})
