# Two processes bouncing a message back and forth.
defmodule PP do
  def pong do
    receive do
      {:ping, n, from} ->
        send(from, {:pong, n})
        pong()
      :stop -> :stopped
    end
  end

  def ping(_pong, 0, acc), do: acc
  def ping(pong, n, acc) do
    send(pong, {:ping, n, self()})
    receive do
      {:pong, ^n} -> ping(pong, n - 1, acc + n)
    end
  end
end

{pong, ref} = spawn_monitor(&PP.pong/0)
IO.inspect PP.ping(pong, 10, 0)
IO.inspect PP.ping(pong, 10_000, 0)
send(pong, :stop)
receive do {:DOWN, ^ref, :process, _, r} -> IO.inspect(r) end

# Two spawned processes playing with each other; the parent only watches.
parent = self()
player = fn name, count ->
  fn ->
    receive do
      {:start, other} ->
        loop = fn loop, k ->
          receive do
            {:ball, ^count} -> send(parent, {:finished, name, count})
            {:ball, n} ->
              send(other, {:ball, n + 1})
              loop.(loop, k + 1)
          end
        end
        if name == :a, do: send(other, {:ball, 1})
        loop.(loop, 0)
    end
  end
end
a = spawn(player.(:a, 1000))
b = spawn(player.(:b, 1000))
send(a, {:start, b})
send(b, {:start, a})
receive do {:finished, who, n} -> IO.inspect({who, n}) end
