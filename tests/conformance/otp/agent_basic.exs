defmodule Helpers do
  def add(state, n), do: state + n
  def init(a, b), do: a * b
  def pair(state, n), do: {state, state + n}
end

{:ok, a} = Agent.start_link(fn -> 0 end)
IO.inspect(Agent.get(a, & &1))
IO.inspect(Agent.update(a, &(&1 + 5)))
IO.inspect(Agent.get(a, &(&1 * 2)))
IO.inspect(Agent.get_and_update(a, fn s -> {s, s + 1} end))
IO.inspect(Agent.get(a, & &1))
IO.inspect(Agent.cast(a, &(&1 * 10)))
IO.inspect(Agent.get(a, & &1, 1000))
IO.inspect(Agent.update(a, Helpers, :add, [4]))
IO.inspect(Agent.get(a, Kernel, :+, [1]))
IO.inspect(Agent.get_and_update(a, Helpers, :pair, [100]))
IO.inspect(Agent.cast(a, Helpers, :add, [1]))
IO.inspect(Agent.get(a, & &1))
IO.inspect(:sys.get_state(a))
IO.inspect(Agent.stop(a))
IO.inspect(Process.alive?(a))

{:ok, b} = Agent.start(Helpers, :init, [6, 7])
IO.inspect(Agent.get(b, & &1))
Agent.stop(b)

{:ok, c} = Agent.start_link(fn -> %{} end, name: :bucket)
Agent.update(:bucket, &Map.put(&1, :milk, 3))
IO.inspect(Agent.get(:bucket, &Map.get(&1, :milk)))
IO.inspect(Agent.start_link(fn -> 1 end, name: :bucket) == {:error, {:already_started, c}})
IO.inspect(Agent.child_spec([1]))
IO.inspect(Agent.stop(:bucket, :normal, 1000))
