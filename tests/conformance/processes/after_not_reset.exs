# The timeout of a receive counts from the start of the receive: messages
# that do not match do not restart it.
defmodule NR do
  def noisy(target, 0), do: send(target, :noise_done)
  def noisy(target, n) do
    send(target, {:noise, n})
    Process.sleep(5)
    noisy(target, n - 1)
  end

  def now, do: System.monotonic_time(:millisecond)
end

parent = self()
spawn(fn -> NR.noisy(parent, 60) end)
t0 = NR.now()
r = receive do
  :wanted -> :wanted
after
  100 -> :timeout
end
elapsed = NR.now() - t0
IO.inspect r
IO.inspect elapsed >= 100
# 60 messages 5 ms apart take at least 300 ms; a receive whose timer started
# again at each message would not have ended before them.
IO.inspect elapsed < 290
receive do :noise_done -> :ok end
noise = for _ <- 1..60, do: (receive do {:noise, n} -> n end)
IO.inspect noise == Enum.to_list(60..1)

# A matching message that comes during the wait is taken at once.
spawn(fn -> Process.sleep(10); send(parent, :wanted) end)
t0 = NR.now()
r = receive do
  :wanted -> :wanted
after
  5_000 -> :timeout
end
IO.inspect r
IO.inspect NR.now() - t0 < 4_000
