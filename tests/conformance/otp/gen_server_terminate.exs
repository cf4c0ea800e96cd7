defmodule Term do
  use GenServer

  def init({test, trap}) do
    if trap, do: Process.flag(:trap_exit, true)
    {:ok, test}
  end

  def handle_call({:stop, reason}, _from, test), do: {:stop, reason, :bye, test}
  def handle_call(:raise, _from, _test), do: raise(ArgumentError, "bad")
  def handle_cast({:stop, reason}, test), do: {:stop, reason, test}
  def handle_info({:EXIT, _from, reason}, test) do
    send(test, {:info_exit, reason})
    {:noreply, test}
  end

  def terminate(reason, test) do
    send(test, {:terminate, reason})
    :ignored
  end
end

defmodule T do
  def flush do
    receive do
      {:terminate, {%ArgumentError{}, _}} -> IO.inspect({:terminate, :argument_error}); flush()
      {:EXIT, _, {%ArgumentError{}, _}} -> IO.inspect({:EXIT, :argument_error}); flush()
      {:DOWN, _, _, _, reason} -> IO.inspect({:DOWN, reason}); flush()
      {:EXIT, _, reason} -> IO.inspect({:EXIT, reason}); flush()
      other -> IO.inspect(other); flush()
    after
      50 -> :ok
    end
  end
end

Process.flag(:trap_exit, true)

for reason <- [:normal, :shutdown, {:shutdown, :x}, :custom] do
  {:ok, pid} = GenServer.start_link(Term, {self(), false})
  IO.inspect(GenServer.call(pid, {:stop, reason}))
  T.flush()
end

{:ok, pid} = GenServer.start_link(Term, {self(), false})
GenServer.cast(pid, {:stop, :cast_stop})
T.flush()

{:ok, pid} = GenServer.start_link(Term, {self(), false})
try do
  GenServer.call(pid, :raise)
catch
  :exit, _ -> :ok
end
T.flush()

# stop/3 calls terminate
{:ok, pid} = GenServer.start_link(Term, {self(), false})
IO.inspect(GenServer.stop(pid, :normal))
T.flush()
{:ok, pid} = GenServer.start_link(Term, {self(), false})
IO.inspect(GenServer.stop(pid, {:shutdown, :bye}, 1000))
T.flush()

# the parent's exit reaches a trapping server as terminate, not handle_info
{:ok, pid} = GenServer.start(Term, {self(), true})
ref = Process.monitor(pid)
Process.exit(pid, :shutdown)
T.flush()
IO.inspect(Process.alive?(pid))
Process.exit(pid, :kill)
T.flush()
_ = ref

# a non-trapping server is killed by an exit signal without terminate
{:ok, pid} = GenServer.start(Term, {self(), false})
Process.monitor(pid)
Process.exit(pid, :shutdown)
T.flush()

# linked to a parent that exits: terminate runs when trapping
parent = spawn(fn ->
  {:ok, _} = GenServer.start_link(Term, {:erlang.whereis(:test_main), true})
  exit(:parent_gone)
end)
Process.register(self(), :test_main)
_ = parent
T.flush()
