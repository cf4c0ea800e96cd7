defmodule Cache do
  def start, do: :ets.new(__MODULE__, [:set, :public, :named_table])
  def put(k, v), do: :ets.insert(__MODULE__, {k, v})
  def get(k) do
    case :ets.lookup(__MODULE__, k) do
      [{^k, v}] -> {:ok, v}
      [] -> :error
    end
  end
  def fetch(k, fun) do
    case get(k) do
      {:ok, v} -> v
      :error -> v = fun.(); put(k, v); v
    end
  end
end
Cache.start()
IO.inspect(Cache.get(:a))
Cache.put(:a, 1)
IO.inspect(Cache.get(:a))
IO.inspect(Cache.fetch(:b, fn -> :computed end))
IO.inspect(Cache.fetch(:b, fn -> :again end))
big = String.duplicate("x", 1000)
Cache.put(:big, big)
{:ok, got} = Cache.get(:big)
IO.inspect(byte_size(got))
Cache.put(:list, Enum.to_list(1..100))
{:ok, l} = Cache.get(:list)
IO.inspect(Enum.sum(l))
Cache.put(:map, %{nested: [a: {1, 2.5, "s"}]})
IO.inspect(Cache.get(:map))
fib = fn fib, n ->
  Cache.fetch({:fib, n}, fn -> if n < 2, do: n, else: fib.(fib, n - 1) + fib.(fib, n - 2) end)
end
IO.inspect(fib.(fib, 90))
IO.inspect(:ets.info(Cache, :size))
