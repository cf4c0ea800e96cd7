defmodule Init do
  use GenServer
  def init(:ok), do: {:ok, :state}
  def init(:stop), do: {:stop, :no_way}
  def init(:ignore), do: :ignore
  def init(:raise), do: raise(ArgumentError, "bad init")
  def init(:exit), do: exit(:init_exit)
  def init(:throw), do: throw({:ok, :thrown_state})
  def init(:other), do: :what
  def init({:timeout, t}), do: {:ok, :timing, t}
  def init(:continue), do: {:ok, [:init], {:continue, :more}}
  def init(:hibernate), do: {:ok, :hib, :hibernate}

  def handle_continue(:more, s), do: {:noreply, [:continued | s]}
  def handle_info(:timeout, s), do: {:noreply, {:timed_out, s}}
  def handle_call(:get, _from, s), do: {:reply, s, s}
end

Process.flag(:trap_exit, true)
{:ok, pid} = GenServer.start_link(Init, :ok)
IO.inspect(GenServer.call(pid, :get))
IO.inspect(GenServer.start_link(Init, :stop))
receive do
  {:EXIT, _, reason} -> IO.inspect({:exit, reason})
end
IO.inspect(GenServer.start_link(Init, :ignore))
receive do
  {:EXIT, _, reason} -> IO.inspect({:exit, reason})
end
{:error, {%ArgumentError{message: m}, stack}} = GenServer.start_link(Init, :raise)
IO.inspect({m, is_list(stack)})
receive do
  {:EXIT, _, {%ArgumentError{}, _}} -> IO.inspect(:exit_argument_error)
end
IO.inspect(GenServer.start_link(Init, :exit))
receive do
  {:EXIT, _, reason} -> IO.inspect({:exit, reason})
end
{:ok, pid} = GenServer.start_link(Init, :throw)
IO.inspect(GenServer.call(pid, :get))
IO.inspect(GenServer.start_link(Init, :other))
receive do
  {:EXIT, _, reason} -> IO.inspect({:exit, reason})
end
{:ok, pid} = GenServer.start_link(Init, {:timeout, 20})
Process.sleep(300)
IO.inspect(GenServer.call(pid, :get))
{:ok, pid} = GenServer.start_link(Init, :continue)
IO.inspect(GenServer.call(pid, :get))
{:ok, pid} = GenServer.start_link(Init, :hibernate)
IO.inspect(GenServer.call(pid, :get))
IO.inspect(GenServer.start(Init, :stop))
IO.inspect(GenServer.start(Init, :ignore))
{:ok, pid} = GenServer.start(Init, :ok, name: :init_named)
IO.inspect(Process.whereis(:init_named) == pid)
IO.inspect(GenServer.start(Init, :stop, name: :init_named2))
IO.inspect(Process.whereis(:init_named2))
