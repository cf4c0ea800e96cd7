# 10_000 processes, each replying to the parent.
defmodule Many do
  def collect(0, acc), do: acc
  def collect(n, acc) do
    receive do
      {:reply, i, v} -> collect(n - 1, acc + i * v)
    end
  end

  def run(n) do
    parent = self()
    for i <- 1..n, do: spawn(fn -> send(parent, {:reply, i, i * 2}) end)
    collect(n, 0)
  end

  # Processes that all wait, then are released.
  def waiters(n) do
    parent = self()
    pids = for i <- 1..n do
      spawn(fn ->
        receive do
          :go -> send(parent, {:reply, i, 1})
        end
      end)
    end
    alive = Enum.count(pids, &Process.alive?/1)
    Enum.each(pids, &send(&1, :go))
    {alive, collect(n, 0)}
  end
end

IO.inspect Many.run(10_000)
IO.inspect Enum.sum(for i <- 1..10_000, do: i * i * 2)
IO.inspect Many.waiters(5_000)
IO.inspect Enum.sum(1..5_000)
# They have all ended.
Process.sleep(100)
IO.inspect length(Process.list()) < 1_000
