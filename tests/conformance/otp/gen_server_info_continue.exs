defmodule Srv do
  use GenServer

  def init(test_pid), do: {:ok, %{test: test_pid, log: []}}

  def handle_call({:continue, x}, _from, s), do: {:reply, :ok, s, {:continue, x}}
  def handle_call(:log, _from, s), do: {:reply, Enum.reverse(s.log), s}
  def handle_call({:timeout, t}, _from, s), do: {:reply, :armed, s, t}
  def handle_call(:hibernate, _from, s), do: {:reply, :sleeping, s, :hibernate}

  def handle_cast({:continue, x}, s), do: {:noreply, s, {:continue, {:from_cast, x}}}
  def handle_cast({:timeout, t}, s), do: {:noreply, s, t}

  def handle_continue(x, s) do
    send(s.test, {:continued, x})
    {:noreply, %{s | log: [{:continue, x} | s.log]}}
  end

  def handle_info(:timeout, s) do
    send(s.test, :got_timeout)
    {:noreply, %{s | log: [:timeout | s.log]}}
  end

  def handle_info({:continue_from_info, x}, s), do: {:noreply, s, {:continue, {:info, x}}}
  def handle_info(msg, s), do: {:noreply, %{s | log: [{:info, msg} | s.log]}}
end

{:ok, pid} = GenServer.start_link(Srv, self())
IO.inspect(GenServer.call(pid, {:continue, 1}))
receive do
  {:continued, x} -> IO.inspect({:continued, x})
end
GenServer.cast(pid, {:continue, 2})
receive do
  {:continued, x} -> IO.inspect({:continued, x})
end
send(pid, {:continue_from_info, 3})
receive do
  {:continued, x} -> IO.inspect({:continued, x})
end
send(pid, :hello)
send(pid, {:data, 1})
IO.inspect(GenServer.call(pid, {:timeout, 10}))
receive do
  :got_timeout -> IO.puts("timeout message")
end
GenServer.cast(pid, {:timeout, 0})
receive do
  :got_timeout -> IO.puts("timeout message after cast")
end
# a message before the timeout cancels it
IO.inspect(GenServer.call(pid, {:timeout, 500}))
send(pid, :interrupt)
Process.sleep(700)
IO.inspect(GenServer.call(pid, :hibernate))
IO.inspect(GenServer.call(pid, :log))
