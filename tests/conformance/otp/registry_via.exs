defmodule Named do
  use GenServer
  def start_link(id), do: GenServer.start_link(__MODULE__, id, name: via(id))
  def via(id), do: {:via, Registry, {Names, id}}
  def init(id), do: {:ok, id}
  def handle_call(:id, _from, id), do: {:reply, id, id}
  def handle_cast({:set, v}, _), do: {:noreply, v}
end

{:ok, _} = Registry.start_link(keys: :unique, name: Names)
{:ok, a} = Named.start_link(:a)
{:ok, b} = Named.start_link(:b)
IO.inspect(GenServer.call(Named.via(:a), :id))
IO.inspect(GenServer.call(Named.via(:b), :id))
IO.inspect(GenServer.whereis(Named.via(:a)) == a)
IO.inspect(Registry.lookup(Names, :b) == [{b, nil}])
IO.inspect(Named.start_link(:a) == {:error, {:already_started, a}})
GenServer.cast(Named.via(:a), {:set, :changed})
IO.inspect(GenServer.call(Named.via(:a), :id))
IO.inspect(GenServer.whereis(Named.via(:nobody)))

try do
  GenServer.call(Named.via(:nobody), :id)
catch
  :exit, reason -> IO.inspect(reason)
end

IO.inspect(GenServer.stop(Named.via(:a)))
Process.sleep(10)
IO.inspect(Registry.lookup(Names, :a))
{:ok, a2} = Named.start_link(:a)
IO.inspect(is_pid(a2) and a2 != a)

{:ok, ag} = Agent.start_link(fn -> 5 end, name: {:via, Registry, {Names, :agent, :meta_value}})
IO.inspect(Agent.get({:via, Registry, {Names, :agent}}, & &1))
IO.inspect(Registry.lookup(Names, :agent) == [{ag, :meta_value}])
send({:via, Registry, {Names, :agent}} |> GenServer.whereis(), {:"$gen_cast", {:cast, &(&1 + 1)}})
IO.inspect(Agent.get(ag, & &1))
