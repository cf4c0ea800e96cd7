defmodule Slow do
  use GenServer
  def init(x), do: {:ok, x}
  def handle_call({:sleep, ms}, _from, s) do
    Process.sleep(ms)
    {:reply, :slept, s}
  end
  def handle_call(:crash, _from, _s), do: raise("boom")
  def handle_call(:exit, _from, _s), do: exit(:my_reason)
  def handle_call(:throw, _from, s), do: throw({:reply, :thrown, s})
  def handle_call(:stop, _from, s), do: {:stop, :normal, :stopping, s}
  def handle_call(:stop_noreply, _from, s), do: {:stop, :normal, s}
  def handle_call(:bad, _from, _s), do: :what
end

Process.flag(:trap_exit, true)
clean = fn
  {r, {m, f, [pid | rest]}} when is_pid(pid) -> {r, {m, f, [:pid | rest]}}
  other -> other
end
{:ok, pid} = GenServer.start_link(Slow, 0)

try do
  GenServer.call(pid, {:sleep, 200}, 50)
catch
  :exit, reason -> IO.inspect(clean.(reason))
end

IO.inspect(GenServer.call(pid, :throw))

try do
  GenServer.call(:no_such_server, :hi)
catch
  :exit, reason -> IO.inspect(clean.(reason))
end

try do
  GenServer.call(pid, :exit)
catch
  :exit, reason -> IO.inspect(clean.(reason))
end

receive do
  {:EXIT, ^pid, reason} -> IO.inspect({:exited, reason})
end

try do
  GenServer.call(pid, :hi)
catch
  :exit, reason -> IO.inspect(clean.(reason))
end

{:ok, pid} = GenServer.start_link(Slow, 0)
try do
  GenServer.call(pid, :crash)
catch
  :exit, {{%RuntimeError{message: msg}, stack}, call} ->
    IO.inspect({msg, is_list(stack), clean.({1, call})})
end

receive do
  {:EXIT, ^pid, {%RuntimeError{message: msg}, _}} -> IO.inspect({:exited, msg})
end

{:ok, pid} = GenServer.start_link(Slow, 0)
IO.inspect(GenServer.call(pid, :stop))
receive do
  {:EXIT, ^pid, reason} -> IO.inspect({:exited, reason})
end

{:ok, pid} = GenServer.start_link(Slow, 0)
try do
  GenServer.call(pid, :stop_noreply)
catch
  :exit, reason -> IO.inspect(clean.(reason))
end
receive do
  {:EXIT, ^pid, reason} -> IO.inspect({:exited, reason})
end

{:ok, pid} = GenServer.start_link(Slow, 0)
try do
  GenServer.call(pid, :bad)
catch
  :exit, reason -> IO.inspect(clean.(reason))
end
receive do
  {:EXIT, ^pid, reason} -> IO.inspect({:exited, reason})
end

try do
  GenServer.call(self(), :hi)
catch
  :exit, {reason, _} -> IO.inspect(reason)
end

try do
  GenServer.stop(:no_such_server)
catch
  :exit, reason -> IO.inspect(clean.(reason))
end
