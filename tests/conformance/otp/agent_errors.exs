Process.flag(:trap_exit, true)
clean = fn
  {r, {m, f, [pid | rest]}} when is_pid(pid) -> {r, {m, f, [:pid | rest]}}
  other -> other
end

{:ok, a} = Agent.start_link(fn -> 1 end)
try do
  Agent.get(a, fn _ -> Process.sleep(200) end, 20)
catch
  :exit, reason -> IO.inspect(clean.(reason) |> elem(0))
end

try do
  Agent.get_and_update(a, fn s -> s end)
catch
  :exit, {reason, {Agent, _, _} = _} -> IO.inspect(reason)
  :exit, {reason, {GenServer, f, _}} -> IO.inspect({reason, f})
end

receive do
  {:EXIT, ^a, reason} -> IO.inspect({:exited, reason})
end

{:ok, b} = Agent.start_link(fn -> 1 end)
try do
  Agent.update(b, fn _ -> raise "agent boom" end)
catch
  :exit, {{%RuntimeError{message: m}, _}, {GenServer, f, _}} -> IO.inspect({m, f})
end
receive do
  {:EXIT, ^b, {%RuntimeError{message: m}, _}} -> IO.inspect({:exited, m})
end

IO.inspect(Agent.start_link(fn -> exit(:nope) end))
receive do
  {:EXIT, _, reason} -> IO.inspect({:exited, reason})
end

{:error, {:badarith, _}} = Agent.start(fn -> 1 + :a end)
IO.puts("start error")

try do
  Agent.get(:missing_agent, & &1)
catch
  :exit, reason -> IO.inspect(reason |> elem(0))
end

{:ok, c} = Agent.start_link(fn -> 1 end)
IO.inspect(Agent.stop(c, :shutdown))
receive do
  {:EXIT, ^c, reason} -> IO.inspect({:exited, reason})
end
