IO.inspect(:timer.hms(1, 2, 3))
IO.inspect({:timer.seconds(2), :timer.minutes(1), :timer.hours(1)})
IO.inspect(:timer.now_diff({1, 2, 3}, {1, 1, 1}))
{t, r} = :timer.tc(fn -> :ok end)
IO.inspect({is_integer(t), r})
{t, r} = :timer.tc(fn a -> a end, [5])
IO.inspect({is_integer(t), r})
{t, r} = :timer.tc(Enum, :sum, [[1, 2]])
IO.inspect({is_integer(t), r})
{:ok, {:send_local, _}} = :timer.send_after(10, :hello)
receive do
  :hello -> IO.puts("hello")
end
{:ok, t} = :timer.send_interval(5, :tick)
Enum.each(1..3, fn _ ->
  receive do
    :tick -> IO.puts("tick")
  end
end)
IO.inspect(:timer.cancel(t))
Process.sleep(20)
receive do
  :tick -> :drained
after
  0 -> :ok
end
receive do
  :tick -> IO.puts("tick after cancel")
after
  30 -> IO.puts("no tick after cancel")
end
me = self()
{:ok, _} = :timer.apply_after(5, Kernel, :send, [me, :applied])
receive do
  :applied -> IO.puts("applied")
end
IO.inspect(:timer.cancel(:bad))

defmodule Later do
  def run(me) do
    pid = spawn(fn -> Process.sleep(1000) end)
    watch = fn pid ->
      ref = Process.monitor(pid)
      :timer.kill_after(5, pid)
      receive do
        {:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect(reason)
      end
    end
    watch.(pid)
    # an interval timer stops when its owner dies
    owner = spawn(fn ->
      :timer.send_interval(5, me, :owned_tick)
      Process.sleep(50)
    end)
    ref2 = Process.monitor(owner)
    receive do
      {:DOWN, ^ref2, _, _, _} -> :ok
    end
    Process.sleep(30)
    n = Stream.repeatedly(fn -> receive do :owned_tick -> 1 after 0 -> nil end end) |> Enum.take_while(& &1) |> length()
    IO.inspect(n >= 1)
    receive do
      :owned_tick -> IO.puts("still ticking")
    after
      30 -> IO.puts("stopped")
    end
  end
end

Later.run(me)
