# :erlang.start_timer/3,4 sends {:timeout, ref, msg}; :erlang.send_after/3
# sends the bare message.
ref = :erlang.start_timer(10, self(), :hello)
IO.inspect is_reference(ref)
receive do
  {:timeout, ^ref, msg} -> IO.inspect(msg, label: "start_timer")
end

ref = :erlang.send_after(10, self(), :plain)
receive do
  :plain -> IO.puts("send_after: plain")
end
IO.inspect :erlang.read_timer(ref)

# Two start_timers with the same message are told apart by their refs.
r1 = :erlang.start_timer(120, self(), :same)
r2 = :erlang.start_timer(20, self(), :same)
first = receive do
  {:timeout, r, :same} -> r
end
second = receive do
  {:timeout, r, :same} -> r
end
IO.inspect {first == r2, second == r1}

# A cancelled start_timer sends nothing.
r = :erlang.start_timer(300, self(), :never)
left = :erlang.cancel_timer(r)
IO.inspect {is_integer(left), left <= 300}
got = receive do
  {:timeout, ^r, _} -> :fired
after
  400 -> :silent
end
IO.inspect got

# start_timer/4 with abs: true.
at = System.monotonic_time(:millisecond) + 5
r = :erlang.start_timer(at, self(), :abs, abs: true)
receive do
  {:timeout, ^r, :abs} -> IO.puts("abs timer fired")
end

# read_timer/2 and cancel_timer/2 with options.
r = :erlang.start_timer(500, self(), :x)
left = :erlang.read_timer(r, async: false)
IO.inspect {is_integer(left), left <= 500}
IO.inspect :erlang.cancel_timer(r, info: false)
IO.inspect :erlang.read_timer(r)

# A timer to a process that dies is cancelled with it.
pid = spawn(fn -> receive do :stop -> :ok end end)
r = :erlang.start_timer(1_000, pid, :late)
IO.inspect is_integer(:erlang.read_timer(r))
mon = Process.monitor(pid)
send(pid, :stop)
receive do {:DOWN, ^mon, _, _, _} -> :ok end
Process.sleep(10)
IO.inspect :erlang.read_timer(r)
