# A process that spins forever does not starve the others: messages between
# other processes still flow, timers still fire, and the spinner can be killed.
defmodule Spin do
  def forever(n), do: forever(n + 1)

  def pong do
    receive do
      {:ping, from, n} ->
        send(from, {:pong, n})
        pong()
    end
  end

  def rounds(_pong, 0), do: :ok
  def rounds(pong, n) do
    send(pong, {:ping, self(), n})
    receive do
      {:pong, ^n} -> rounds(pong, n - 1)
    end
  end
end

spinners = for _ <- 1..4, do: spawn(fn -> Spin.forever(0) end)
pong = spawn(&Spin.pong/0)
IO.inspect Spin.rounds(pong, 50)

# A timer fires while the spinners run.
Process.send_after(self(), :timer_fired, 20)
receive do :timer_fired -> IO.puts("timer fired") end

# receive ... after works while they run.
r = receive do
  :nothing -> :nothing
after
  10 -> :after_fired
end
IO.inspect r

# The spinners are alive and running; killing them works.
IO.inspect Enum.all?(spinners, &Process.alive?/1)
refs = Enum.map(spinners, &Process.monitor/1)
Enum.each(spinners, &Process.exit(&1, :kill))
reasons = for ref <- refs do
  receive do {:DOWN, ^ref, :process, _, r} -> r end
end
IO.inspect reasons

# A spinner that checks its mailbox between steps sees a message.
parent = self()
checker = spawn(fn ->
  loop = fn loop, n ->
    receive do
      :stop -> send(parent, {:stopped, n > 0})
    after
      0 -> loop.(loop, n + 1)
    end
  end
  loop.(loop, 0)
end)
Process.sleep(10)
send(checker, :stop)
receive do {:stopped, spun} -> IO.inspect(spun, label: "checker stopped after spinning") end
