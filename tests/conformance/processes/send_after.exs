# Process.send_after/3,4, read_timer/1 and cancel_timer/1,2.
defmodule Tm do
  def wait(msg, t) do
    receive do
      ^msg -> :arrived
    after
      t -> :not_yet
    end
  end
end

ref = Process.send_after(self(), :tick, 300)
IO.inspect is_reference(ref)
left = Process.read_timer(ref)
IO.inspect {is_integer(left), left <= 300, left >= 0}
IO.inspect Tm.wait(:tick, 0)
IO.inspect Tm.wait(:tick, 1_000)
# After it fired, the timer is gone.
IO.inspect Process.read_timer(ref)
IO.inspect Process.cancel_timer(ref)

# Cancelling before it fires returns the time left, and no message comes.
ref = Process.send_after(self(), :cancelled, 500)
left = Process.cancel_timer(ref)
IO.inspect {is_integer(left), left <= 500, left > 0}
IO.inspect Process.cancel_timer(ref)
IO.inspect Process.read_timer(ref)
IO.inspect Tm.wait(:cancelled, 600)

# send_after with 0 delivers later, not at once inside the call.
ref = Process.send_after(self(), :zero, 0)
IO.inspect is_reference(ref)
IO.inspect Tm.wait(:zero, 1_000)

# Several timers fire in the order of their times.
Process.send_after(self(), {:t, 150}, 150)
Process.send_after(self(), {:t, 50}, 50)
Process.send_after(self(), {:t, 100}, 100)
got = for _ <- 1..3 do
  receive do
    {:t, n} -> n
  end
end
IO.inspect got

# cancel_timer options.
ref = Process.send_after(self(), :opt, 500)
IO.inspect Process.cancel_timer(ref, info: false)
IO.inspect Process.cancel_timer(ref)
ref = Process.send_after(self(), :opt, 500)
IO.inspect Process.cancel_timer(ref, async: true, info: false)
ref = Process.send_after(self(), :opt, 500)
IO.inspect Process.cancel_timer(ref, async: true)
receive do
  {:cancel_timer, ^ref, left} -> IO.inspect({:async_info, is_integer(left)})
end

# A timer to another process, and to a registered name (looked up when it fires).
parent = self()
pid = spawn(fn -> receive do m -> send(parent, {:child_got, m}) end end)
Process.send_after(pid, :for_child, 5)
receive do {:child_got, m} -> IO.inspect(m) end
Process.register(self(), :timer_target)
Process.send_after(:timer_target, :by_name, 5)
IO.inspect Tm.wait(:by_name, 1_000)

# The :abs option takes a monotonic time.
at = System.monotonic_time(:millisecond) + 10
Process.send_after(self(), :absolute, at, abs: true)
IO.inspect Tm.wait(:absolute, 1_000)

# Reading or cancelling something that is not a timer.
IO.inspect Process.read_timer(make_ref())
IO.inspect Process.cancel_timer(make_ref())
for {name, fun} <- [negative: fn -> Process.send_after(self(), :x, -1) end,
                    not_a_ref: fn -> Process.cancel_timer(:nope) end,
                    read_not_a_ref: fn -> Process.read_timer(1) end,
                    bad_dest: fn -> Process.send_after("pid", :x, 1) end] do
  try do
    fun.()
    IO.puts("#{name}: no error")
  rescue
    ArgumentError -> IO.puts("#{name}: ArgumentError")
  end
end

# A timer to a pid that has already ended is cancelled at once; one to an
# unregistered name fires into nothing.
dead = spawn(fn -> :ok end)
dref = Process.monitor(dead)
receive do {:DOWN, ^dref, _, _, _} -> :ok end
t = Process.send_after(dead, :x, 1_000)
IO.inspect {is_reference(t), Process.read_timer(t)}
t = Process.send_after(:no_such_name, :x, 10)
Process.sleep(30)
IO.inspect Process.read_timer(t)
