# Receiving the messages the runtime sends: :DOWN from a monitor, timers.
defmodule Mon do
  def exit_reason do
    {pid, ref} = spawn_monitor(fn -> exit(:finished) end)
    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> {:down, reason}
    after
      1000 -> :no_down
    end
  end

  # A result sent back, then the DOWN that follows it, matched in that order.
  def result_then_down do
    parent = self()
    {pid, ref} = spawn_monitor(fn -> send(parent, {:result, 6 * 7}) end)
    r = receive do
      {:result, r} -> r
    end
    d = receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> reason
    end
    {r, d}
  end

  # A structured exit reason, matched inside the DOWN message.
  def crash do
    {_pid, ref} = spawn_monitor(fn -> exit({:shutdown, {:custom, [1, 2]}}) end)
    receive do
      {:DOWN, ^ref, :process, _, {:shutdown, {reason, list}}} -> {reason, list}
    end
  end

  def timer do
    tref = :erlang.start_timer(20, self(), :payload)
    receive do
      {:timeout, ^tref, msg} -> {:timer, msg}
    end
  end
end

IO.inspect(Mon.exit_reason())
IO.inspect(Mon.result_then_down())
IO.inspect(Mon.crash())

# Timers: the message comes after the time; after 0 does not wait for it.
:erlang.send_after(30, self(), :tick)
IO.inspect(receive(do: (:tick -> :early), after: (0 -> :not_yet)))
IO.inspect(receive(do: (:tick -> :tick_arrived), after: (2000 -> :missed)))
IO.inspect(Mon.timer())
