# Two processes exchanging messages with selective receives.
defmodule PingPong do
  def pong do
    receive do
      {:ping, from, n} ->
        send(from, {:pong, self(), n})
        pong()
      :stop ->
        :ok
    end
  end

  def ping(_pid, 0, acc), do: Enum.reverse(acc)

  def ping(pid, n, acc) do
    send(pid, {:ping, self(), n})

    receive do
      {:pong, ^pid, ^n} -> ping(pid, n - 1, [n | acc])
    after
      1000 -> :lost
    end
  end
end

pid = spawn(fn -> PingPong.pong() end)
IO.inspect(PingPong.ping(pid, 5, []))
IO.inspect(length(PingPong.ping(pid, 1000, [])))
send(pid, :stop)

# A spawned closure receives with the variables it captured.
parent = self()
tag = :result
child =
  spawn(fn ->
    receive do
      {:work, x} -> send(parent, {tag, x * x})
    end
  end)
send(child, {:work, 12})
IO.inspect(receive(do: ({^tag, v} -> v), after: (1000 -> :timeout)))

# Replies arrive in the order each process sent them.
workers =
  for i <- 1..5 do
    spawn(fn ->
      receive do
        :go -> for j <- 1..3, do: send(parent, {:from, i, j})
      end
    end)
  end
Enum.each(workers, &send(&1, :go))
replies = for _ <- 1..15, do: receive(do: ({:from, i, j} -> {i, j}))
for i <- 1..5 do
  IO.inspect(for {^i, j} <- replies, do: j)
end
