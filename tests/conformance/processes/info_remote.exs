# Process.info/1,2 of another process (answered by that process), a bad item, a dead one.
pid = spawn(fn -> Process.put(:k, 1); receive do :stop -> :ok end end)
Process.sleep(10)
send(pid, :hello)
IO.inspect Process.info(pid, :message_queue_len)
IO.inspect Process.info(pid, [:dictionary, :links, :status])
IO.inspect Process.info(pid) |> Keyword.keys()
try do Process.info(pid, :bogus) rescue e -> IO.inspect(e) end
send(pid, :stop)
Process.sleep(10)
IO.inspect Process.info(pid)
IO.inspect Process.info(pid, :status)
