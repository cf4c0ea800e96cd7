# Signals from one process arrive in the order sent: its messages come
# before its EXIT and DOWN.
defmodule SigOrder do
  def collect(pid, acc) do
    receive do
      {:n, ^pid, i} -> collect(pid, [i | acc])
      {:EXIT, ^pid, reason} -> {Enum.reverse(acc), {:exit, reason}}
    end
  end

  def collect_down(ref, acc) do
    receive do
      {:n, _, i} -> collect_down(ref, [i | acc])
      {:DOWN, ^ref, :process, _, reason} -> {Enum.reverse(acc), {:down, reason}}
    end
  end

  def run_link(parent) do
    Process.flag(:trap_exit, true)
    pid = spawn_link(fn ->
      for i <- 1..100, do: send(parent, {:n, self(), i})
      exit(:finished)
    end)
    {msgs, ex} = collect(pid, [])
    IO.inspect {msgs == Enum.to_list(1..100), ex}
    Process.flag(:trap_exit, false)
  end

  def run_monitor(parent) do
    {_pid, ref} = spawn_monitor(fn ->
      for i <- 1..100, do: send(parent, {:n, self(), i})
    end)
    {msgs, down} = collect_down(ref, [])
    IO.inspect {msgs == Enum.to_list(1..100), down}
  end

  # A message sent after a link's exit signal by the same process cannot
  # overtake it: the exit is processed (killing a non-trapping receiver)
  # before the message.
  def exit_then_message do
    {target, ref} = spawn_monitor(fn ->
      receive do
        :never -> :ok
      end
    end)
    sender = spawn(fn ->
      Process.exit(target, :first)
      send(target, :never)
    end)
    receive do
      {:DOWN, ^ref, :process, ^target, reason} -> IO.inspect(reason, label: "target ended with")
    end
    IO.inspect is_pid(sender)
  end
end

SigOrder.run_link(self())
SigOrder.run_monitor(self())
SigOrder.exit_then_message()
