# A GenServer upgraded in place: suspend, load the new version, change_code
# (the new version's code_change/3 migrates the state), resume.
v1 = """
defmodule CV.Counter do
  use GenServer
  def init(n), do: {:ok, n}
  def handle_call(:get, _from, n), do: {:reply, {:v1, n}, n}
  def handle_cast(:inc, n), do: {:noreply, n + 1}
end
"""

v2 = """
defmodule CV.Counter do
  use GenServer
  def init(n), do: {:ok, %{count: n, log: []}}
  def handle_call(:get, _from, s), do: {:reply, {:v2, s.count, Enum.reverse(s.log)}, s}
  def handle_cast(:inc, s), do: {:noreply, %{s | count: s.count + 1, log: [:inc | s.log]}}

  def code_change("1", n, :to_map) when is_integer(n), do: {:ok, %{count: n, log: [:migrated]}}
end
"""

Code.compile_string(v1)
{:ok, pid} = GenServer.start(CV.Counter, 10)
GenServer.cast(pid, :inc)
IO.inspect(GenServer.call(pid, :get), label: "before")
IO.inspect(:sys.suspend(pid), label: "suspend")
Code.compile_string(v2)
IO.inspect(:sys.get_state(pid), label: "state while suspended")
IO.inspect(:sys.change_code(pid, CV.Counter, "1", :to_map), label: "change_code")
IO.inspect(:sys.get_state(pid), label: "migrated state")
IO.inspect(:sys.resume(pid), label: "resume")
GenServer.cast(pid, :inc)
IO.inspect(GenServer.call(pid, :get), label: "after")
IO.inspect(:erlang.check_process_code(pid, CV.Counter), label: "runs old code")
IO.inspect(:code.soft_purge(CV.Counter), label: "soft_purge")
IO.inspect(Process.alive?(pid), label: "alive")
