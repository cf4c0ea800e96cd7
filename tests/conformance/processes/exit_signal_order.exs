defmodule SignalOrder do
  # Signals from one sender arrive in the order it sent them, whatever
  # their kind: an exit signal turned into an {:EXIT, ...} message by
  # trap_exit comes before the messages sent after it.
  def shape({:EXIT, pid, reason}) when is_pid(pid), do: {:EXIT, reason}
  def shape(other), do: other

  def next do
    receive do
      x -> shape(x)
    after
      1000 -> :timeout
    end
  end

  def exit_then_message do
    Process.flag(:trap_exit, true)
    me = self()
    spawn(fn ->
      send(me, :before)
      Process.exit(me, :boom)
      send(me, :after)
      Process.exit(me, :bang)
      send(me, :last)
    end)
    Process.sleep(50)
    IO.inspect(for _ <- 1..5, do: next())
  end

  def link_exit_after_messages do
    Process.flag(:trap_exit, true)
    me = self()
    pid = spawn_link(fn ->
      for i <- 1..3, do: send(me, {:n, i})
      exit(:done)
    end)
    Process.sleep(50)
    IO.inspect(for _ <- 1..4, do: next())
    IO.inspect(Process.alive?(pid))
  end

  def many_exits do
    Process.flag(:trap_exit, true)
    me = self()
    spawn(fn ->
      for i <- 1..200 do
        Process.exit(me, {:x, i})
        send(me, {:m, i})
      end
    end)
    Process.sleep(100)
    got = for _ <- 1..400, do: next()
    expected = Enum.flat_map(1..200, fn i -> [{:EXIT, {:x, i}}, {:m, i}] end)
    IO.inspect(got == expected)
    {:messages, left} = Process.info(self(), :messages)
    IO.inspect(left)
  end

  def queue_len do
    Process.flag(:trap_exit, true)
    me = self()
    spawn(fn ->
      send(me, 1)
      Process.exit(me, :a)
      send(me, 2)
      send(me, 3)
      send(me, :go)
    end)
    receive do
      :go -> :ok
    end
    IO.inspect(Process.info(self(), :message_queue_len))
    {:messages, ms} = Process.info(self(), :messages)
    IO.inspect(Enum.map(ms, &shape/1))
  end
end

SignalOrder.exit_then_message()
SignalOrder.link_exit_after_messages()
SignalOrder.many_exits()
SignalOrder.queue_len()
