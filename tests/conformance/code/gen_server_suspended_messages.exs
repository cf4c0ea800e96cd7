# Calls and casts sent while a server is suspended wait in its mailbox and
# are all handled, in order, after it resumes (across a reload).
v = fn tag ->
  """
  defmodule CV.Log do
    use GenServer
    def init(_), do: {:ok, []}
    def handle_cast({:add, x}, log), do: {:noreply, [{:#{tag}, x} | log]}
    def handle_call(:log, _from, log), do: {:reply, Enum.reverse(log), log}
    def handle_call({:echo, x}, _from, log), do: {:reply, {:#{tag}, x}, log}
    def code_change(_old, log, _extra), do: {:ok, [{:#{tag}, :changed} | log]}
  end
  """
end

Code.compile_string(v.("old"))
{:ok, pid} = GenServer.start(CV.Log, nil)
GenServer.cast(pid, {:add, 0})
:ok = :sys.suspend(pid)
parent = self()

callers =
  for i <- 1..5 do
    spawn(fn -> send(parent, {:reply, i, GenServer.call(pid, {:echo, i})}) end)
  end

for i <- 1..5, do: GenServer.cast(pid, {:add, i})
Process.sleep(50)
IO.inspect(:sys.get_status(pid) |> elem(3) |> Enum.at(1), label: "status")
Code.compile_string(v.("new"))
IO.inspect(:sys.change_code(pid, CV.Log, :old, []), label: "change_code")
:ok = :sys.resume(pid)
replies = for _ <- callers, do: (receive do {:reply, i, r} -> {i, r} end)
IO.inspect(Enum.sort(replies), label: "replies")
log = GenServer.call(pid, :log)
IO.inspect(log, label: "log")
IO.inspect(length(log), label: "entries")
