# A process sending to itself while it works through its mailbox: new
# messages go to the end, after those already there.
defmodule SM do
  def loop(0, acc), do: Enum.reverse(acc)
  def loop(n, acc) do
    receive do
      {:step, k} when k < 3 ->
        send(self(), {:step, k + 1})
        loop(n - 1, [{:step, k} | acc])
      m ->
        loop(n - 1, [m | acc])
    end
  end
end

send(self(), {:step, 0})
send(self(), :a)
send(self(), :b)
IO.inspect SM.loop(6, [])

# A timer message queues behind messages sent before it fired.
Process.send_after(self(), :timer, 10)
send(self(), :first)
Process.sleep(30)
send(self(), :after_timer)
got = for _ <- 1..3, do: (receive do m -> m end)
IO.inspect got

# :erlang.send/3 with options.
IO.inspect :erlang.send(self(), :with_opts, [:noconnect])
IO.inspect :erlang.send(self(), :with_opts2, [])
receive do :with_opts -> IO.puts("with_opts") end
receive do :with_opts2 -> IO.puts("with_opts2") end

# A name-addressed timer whose name goes away before it fires is dropped.
Process.register(self(), :soon_gone)
Process.send_after(:soon_gone, :to_the_name, 20)
Process.unregister(:soon_gone)
r = receive do
  :to_the_name -> :arrived
after
  60 -> :dropped
end
IO.inspect r
