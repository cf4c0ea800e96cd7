# receive ... after: 0, a fixed time, a variable time and :infinity.
defmodule W do
  def wait(t) do
    receive do
      {:msg, v} -> {:got, v}
    after
      t -> :timeout
    end
  end

  def now, do: System.monotonic_time(:millisecond)
end

# after 0 with an empty mailbox: the after body runs at once.
r = receive do
  _ -> :message
after
  0 -> :empty
end
IO.inspect r

# after 0 with a waiting message: the message wins.
send(self(), {:msg, 1})
IO.inspect W.wait(0)

# after 0 does not consume a message that does not match.
send(self(), :other)
IO.inspect W.wait(0)
IO.inspect Process.info(self(), :message_queue_len)
receive do :other -> IO.puts("other still there") end

# A timeout in milliseconds: at least that long passes.
t0 = W.now()
IO.inspect W.wait(50)
IO.inspect W.now() - t0 >= 50

# A variable timeout.
timeout = 20
t0 = W.now()
r = receive do
  :never -> :never
after
  timeout -> :waited
end
IO.inspect r
IO.inspect W.now() - t0 >= 20

# A message arriving before the timeout ends the wait.
parent = self()
spawn(fn -> Process.sleep(10); send(parent, {:msg, :late}) end)
IO.inspect W.wait(5_000)

# :infinity waits until a message comes.
spawn(fn -> Process.sleep(10); send(parent, {:msg, :eventually}) end)
IO.inspect W.wait(:infinity)

# The after body may be any expression, and the receive returns its value.
x = receive do
  :nope -> 0
after
  1 ->
    a = 20
    a + 22
end
IO.inspect x

# A receive with only an after clause is a sleep.
t0 = W.now()
receive do
after
  15 -> :ok
end
IO.inspect W.now() - t0 >= 15
