{:ok, pid} = Agent.start_link(fn -> %{} end, name: {:global, :agent_g})
IO.inspect(Agent.update({:global, :agent_g}, &Map.put(&1, :k, 1)))
IO.inspect(Agent.get({:global, :agent_g}, & &1))
IO.inspect(:global.whereis_name(:agent_g) == pid)
IO.inspect(Agent.get_and_update({:global, :agent_g}, &Map.pop(&1, :k)))
IO.inspect(Agent.stop({:global, :agent_g}))
Process.sleep(10)
IO.inspect(:global.whereis_name(:agent_g))

{:ok, _} = Agent.start_link(fn -> 0 end, name: Acc)
Enum.each(1..100, fn i -> Agent.cast(Acc, &(&1 + i)) end)
IO.inspect(Agent.get(Acc, & &1))
tasks = for _ <- 1..10, do: Task.async(fn -> Agent.update(Acc, &(&1 + 1)) end)
Task.await_many(tasks)
IO.inspect(Agent.get(Acc, & &1))
IO.inspect(Agent.get(Acc, fn s -> s * 2 end, :infinity))

try do
  Agent.start_link(fn -> 1 end, name: "bad")
rescue
  e in ArgumentError -> IO.puts(String.split(Exception.message(e), "\n") |> hd())
end

IO.inspect(Agent.start(fn -> 1 end, name: Acc) |> elem(0))
