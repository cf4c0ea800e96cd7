defmodule Stack do
  use GenServer

  def init(stack), do: {:ok, stack}

  def handle_call(:pop, _from, [h | t]), do: {:reply, h, t}
  def handle_call(:peek, _from, s), do: {:reply, List.first(s), s}
  def handle_call(:size, _from, s), do: {:reply, length(s), s}
  def handle_cast({:push, x}, s), do: {:noreply, [x | s]}
end

{:ok, pid} = GenServer.start_link(Stack, [1, 2, 3])
IO.inspect(is_pid(pid))
IO.inspect(GenServer.call(pid, :pop))
IO.inspect(GenServer.call(pid, :peek))
IO.inspect(GenServer.cast(pid, {:push, :a}))
IO.inspect(GenServer.call(pid, :pop))
IO.inspect(GenServer.call(pid, :size, 1000))
IO.inspect(GenServer.call(pid, :size, :infinity))
IO.inspect(:sys.get_state(pid))
IO.inspect(GenServer.whereis(pid) == pid)
IO.inspect(Process.alive?(pid))
IO.inspect(GenServer.stop(pid))
IO.inspect(Process.alive?(pid))

{:ok, pid2} = GenServer.start(Stack, [])
IO.inspect(GenServer.call(pid2, :size))
send(pid2, {:"$gen_cast", {:push, 7}})
IO.inspect(GenServer.call(pid2, :peek))
ref = make_ref()
send(pid2, {:"$gen_call", {self(), ref}, :peek})
receive do
  {^ref, reply} -> IO.inspect({:raw_reply, reply})
end
IO.inspect(:gen_server.call(pid2, :size))
:ok = :gen_server.cast(pid2, {:push, 8})
IO.inspect(GenServer.call(pid2, :peek))
IO.inspect(Stack.child_spec(:arg))
GenServer.stop(pid2)
