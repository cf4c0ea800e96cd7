# Process.sleep/1 and :timer.sleep/1.
now = fn -> System.monotonic_time(:millisecond) end
t0 = now.()
IO.inspect Process.sleep(30)
IO.inspect now.() - t0 >= 30
t0 = now.()
IO.inspect :timer.sleep(20)
IO.inspect now.() - t0 >= 20
IO.inspect Process.sleep(0)

# Sleeping does not take messages out of the mailbox.
send(self(), :kept)
Process.sleep(5)
IO.inspect Process.info(self(), :message_queue_len)
receive do :kept -> IO.puts("kept") end

# A message that arrives during a sleep waits for the next receive.
parent = self()
spawn(fn -> send(parent, :during_sleep) end)
Process.sleep(50)
receive do :during_sleep -> IO.puts("during_sleep") end

# Others run while one sleeps.
pid = spawn(fn -> Process.sleep(20); send(parent, :slept) end)
IO.inspect Process.alive?(pid)
receive do :slept -> IO.puts("child slept and replied") end

# Process.sleep(:infinity) never returns: the process stays until killed.
pid = spawn(fn -> Process.sleep(:infinity) end)
ref = Process.monitor(pid)
Process.sleep(20)
IO.inspect Process.info(pid, :status)
Process.exit(pid, :kill)
receive do {:DOWN, ^ref, _, _, r} -> IO.inspect(r) end

# Bad values.
for t <- [-1, 1.5, :forever, "1"] do
  try do
    Process.sleep(t)
  rescue
    e in FunctionClauseError -> IO.puts("#{inspect(t)}: #{Exception.message(e)}")
  end
end
