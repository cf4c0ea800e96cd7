# How pids and references print.
pid = self()
IO.inspect inspect(pid) =~ ~r/^#PID<0\.\d+\.0>$/
IO.inspect inspect(make_ref()) =~ ~r/^#Reference<0\.\d+\.\d+\.\d+>$/
child = spawn(fn -> receive do :stop -> :ok end end)
IO.inspect inspect(child) =~ ~r/^#PID<0\.\d+\.0>$/
IO.inspect inspect(child) != inspect(pid)
{p, r} = spawn_monitor(fn -> :ok end)
IO.inspect {inspect(p) =~ ~r/^#PID<0\.\d+\.0>$/, inspect(r) =~ ~r/^#Reference<0\.\d+\.\d+\.\d+>$/}
t = Process.send_after(self(), :x, 10_000)
IO.inspect inspect(t) =~ ~r/^#Reference<0\.\d+\.\d+\.\d+>$/
Process.cancel_timer(t)

# Inside data structures and interpolation.
IO.inspect inspect({pid, [child]}) =~ ~r/^\{#PID<0\.\d+\.0>, \[#PID<0\.\d+\.0>\]\}$/
IO.inspect inspect(%{pid: pid}) =~ ~r/^%\{pid: #PID<0\.\d+\.0>\}$/
IO.inspect "#{inspect(pid)}" == inspect(pid)
# A pid's numbers are the same each time it is printed.
IO.inspect inspect(child) == inspect(child)

# Two processes print differently.
[a, b] = for _ <- 1..2, do: spawn(fn -> :ok end)
IO.inspect inspect(a) != inspect(b)

# The charlist forms.
IO.inspect :erlang.pid_to_list(pid) |> to_string() |> String.match?(~r/^<0\.\d+\.0>$/)
IO.inspect :erlang.ref_to_list(make_ref()) |> to_string() |> String.match?(~r/^#Ref<0\.\d+\.\d+\.\d+>$/)

# A pid is not a string: String.Chars raises.
try do
  "#{pid}"
rescue
  e in Protocol.UndefinedError -> IO.puts("Protocol.UndefinedError: #{e.protocol}")
end
send(child, :stop)
