# A chain of 10_000 linked processes brought down from the bottom, and
# 100_000 processes spawned, each sending one message.
defmodule Chain do
  def build(0, parent), do: (send(parent, {:bottom, self()}); receive do :crash -> exit(:deep_crash) end)
  def build(n, parent) do
    spawn_link(fn -> build(n - 1, parent) end)
    receive do :never -> :ok end
  end

  def run(parent) do
    {top, ref} = spawn_monitor(fn -> build(10_000, parent) end)
    bottom = receive do {:bottom, b} -> b end
    send(bottom, :crash)
    receive do {:DOWN, ^ref, :process, ^top, r} -> IO.inspect(r, label: "top of 10_000") end
  end
end
parent = self()
Chain.run(parent)
pids = for i <- 1..100_000, do: spawn(fn -> send(parent, i) end)
sum = Enum.reduce(1..100_000, 0, fn _, acc -> receive do i -> acc + i end end)
IO.inspect {length(pids), sum}
