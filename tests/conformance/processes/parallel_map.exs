# A parallel map: one process per element, results gathered in order with
# one reference per task.
defmodule PMap do
  def pmap(list, fun) do
    parent = self()
    list
    |> Enum.map(fn x ->
      ref = make_ref()
      spawn(fn -> send(parent, {ref, fun.(x)}) end)
      ref
    end)
    |> Enum.map(fn ref ->
      receive do
        {^ref, result} -> result
      end
    end)
  end

  def fib(0), do: 0
  def fib(1), do: 1
  def fib(n), do: fib(n - 1) + fib(n - 2)
end

IO.inspect PMap.pmap(1..10, &(&1 * &1))
IO.inspect PMap.pmap(Enum.to_list(15..20), &PMap.fib/1)
IO.inspect PMap.pmap([], &(&1))
IO.inspect PMap.pmap(1..1_000, &(&1 + 1)) |> Enum.sum()
# Nested: each task starts its own tasks.
IO.inspect PMap.pmap(1..5, fn n -> PMap.pmap(1..n, &(&1 * n)) |> Enum.sum() end)
IO.inspect Process.info(self(), :message_queue_len)
