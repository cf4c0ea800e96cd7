defmodule S do
  use GenServer
  def init(n), do: {:ok, n}
  def handle_call(:get, _from, n), do: {:reply, n, n}
  def handle_cast(:inc, n), do: {:noreply, n + 1}
  def code_change(old, n, extra), do: {:ok, {:changed, old, n, extra}}
end

{:ok, pid} = GenServer.start_link(S, 1, name: :sys_srv)
IO.inspect(:sys.get_state(pid))
IO.inspect(:sys.get_state(:sys_srv, 1000))
IO.inspect(:sys.replace_state(pid, fn n -> n * 10 end))
IO.inspect(GenServer.call(pid, :get))
IO.inspect(:sys.suspend(pid))
GenServer.cast(pid, :inc)
IO.inspect(:sys.get_state(pid))
{:status, spid, {:module, mod}, [_pdict, status, parent, _dbg, _misc]} = :sys.get_status(pid)
IO.inspect({spid == pid, mod, status, parent == self()})
IO.inspect(:sys.resume(pid))
IO.inspect(GenServer.call(pid, :get))
{:status, _, _, [_, status, _, _, _]} = :sys.get_status(pid)
IO.inspect(status)
IO.inspect(:sys.suspend(pid))
IO.inspect(:sys.change_code(pid, S, "1", :extra))
IO.inspect(:sys.get_state(pid))
IO.inspect(:sys.resume(pid))
IO.inspect(:sys.terminate(pid, :normal))
Process.sleep(10)
IO.inspect(Process.whereis(:sys_srv))

try do
  :sys.get_state(:no_such_proc)
catch
  :exit, reason -> IO.inspect(reason)
end

{:ok, a} = Agent.start_link(fn -> [1] end)
IO.inspect(:sys.get_state(a))
:sys.replace_state(a, fn s -> [0 | s] end)
IO.inspect(Agent.get(a, & &1))

{:ok, sup} = Supervisor.start_link([], strategy: :one_for_one)
IO.inspect(:sys.get_state(sup) |> elem(0))
