# :erlang.yield/0, and a counter process that keeps state in its loop.
IO.inspect :erlang.yield()

defmodule Counter do
  def start(n), do: spawn(fn -> loop(n) end)

  defp loop(n) do
    receive do
      {:add, k} -> loop(n + k)
      {:get, from} ->
        send(from, {:count, n})
        loop(n)
      :stop -> :ok
    end
  end

  def get(pid) do
    send(pid, {:get, self()})
    receive do
      {:count, n} -> n
    end
  end
end

c = Counter.start(0)
for k <- 1..100, do: send(c, {:add, k})
IO.inspect Counter.get(c)
send(c, {:add, -50})
IO.inspect Counter.get(c)

# Several clients update it concurrently; the total is exact.
parent = self()
for _ <- 1..10 do
  spawn(fn ->
    for _ <- 1..100, do: send(c, {:add, 1})
    send(parent, :client_done)
  end)
end
for _ <- 1..10, do: (receive do :client_done -> :ok end)
IO.inspect Counter.get(c)

# Yielding in a loop lets another process run.
other = spawn(fn -> receive do {:ping, from} -> send(from, :pong) end end)
send(other, {:ping, self()})
Enum.each(1..10, fn _ -> :erlang.yield() end)
receive do :pong -> IO.puts("pong") end
send(c, :stop)
