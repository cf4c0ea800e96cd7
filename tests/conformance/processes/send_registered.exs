# send/2 to a registered name and to {name, node}; an unknown name raises.
parent = self()
pid = spawn(fn ->
  for _ <- 1..3 do
    receive do
      {:echo, v} -> send(parent, {:echoed, v})
    end
  end
end)
Process.register(pid, :echo_server)
IO.inspect send(:echo_server, {:echo, 1})
IO.inspect send({:echo_server, node()}, {:echo, 2})
IO.inspect :erlang.send(:echo_server, {:echo, 3})
for _ <- 1..3 do
  receive do {:echoed, v} -> IO.inspect(v) end
end

# Sending to a name nobody has raises ArgumentError.
for dest <- [:nobody, {:nobody, node()}] do
  try do
    send(dest, :hello)
    IO.puts("no error")
  rescue
    e in ArgumentError -> IO.puts("#{inspect(dest)}: " <> inspect(Exception.message(e)))
  end
end

# catch shows the raw error.
r = try do
  send(:nobody, :x)
catch
  kind, reason -> {kind, reason}
end
IO.inspect r

# Process.send/3 to a name.
Process.register(self(), :me)
IO.inspect Process.send(:me, :to_me, [])
IO.inspect Process.send(:me, :again, [:noconnect])
receive do :to_me -> IO.puts("got :to_me") end
receive do :again -> IO.puts("got :again") end
r = try do
  Process.send(:nobody, :x, [])
rescue
  e in ArgumentError -> {:argument_error, Exception.message(e)}
end
IO.inspect r
