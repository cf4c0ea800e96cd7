# The errors of register/unregister, with Elixir's messages (pids hidden).
defmodule Err do
  def show(label, fun) do
    try do
      IO.inspect(fun.(), label: label)
    rescue
      e -> IO.puts("#{label}: #{inspect(e.__struct__)} #{norm(Exception.message(e))}")
    end
  end

  def norm(text), do: Regex.replace(~r/#PID<\d+\.\d+\.\d+>/, text, "#PID<...>")
end

Process.register(self(), :taken)
other = spawn(fn -> receive do :stop -> :ok end end)
Err.show("name taken", fn -> Process.register(other, :taken) end)
Err.show("already named", fn -> Process.register(self(), :second_name) end)

dead = spawn(fn -> :ok end)
ref = Process.monitor(dead)
receive do {:DOWN, ^ref, _, _, _} -> :ok end
Err.show("dead pid", fn -> Process.register(dead, :ghost) end)
IO.inspect Process.whereis(:ghost)

Err.show("unregister unknown", fn -> Process.unregister(:never_registered) end)
Err.show("unregister twice", fn ->
  Process.register(other, :once)
  Process.unregister(:once)
  Process.unregister(:once)
end)

# Reserved names and non-atoms do not match Process.register's clauses.
for name <- [nil, false, true, :undefined, "string", 1] do
  Err.show("register #{inspect(name)}", fn -> Process.register(other, name) end)
end

# :erlang.register reports bad arguments itself.
Err.show("erlang register taken", fn -> :erlang.register(:taken, other) end)
Err.show("erlang register undefined", fn -> :erlang.register(:undefined, other) end)
Err.show("erlang unregister", fn -> :erlang.unregister(:nobody_here) end)
Err.show("whereis non-atom", fn -> Process.whereis("name") end)

# The failures change nothing.
IO.inspect Process.whereis(:taken) == self()
IO.inspect Process.info(other, :registered_name)
send(other, :stop)
