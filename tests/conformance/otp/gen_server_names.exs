defmodule Counter do
  use GenServer
  def start_link(opts), do: GenServer.start_link(__MODULE__, 0, opts)
  def init(n), do: {:ok, n}
  def handle_call(:get, _from, n), do: {:reply, n, n}
  def handle_cast(:inc, n), do: {:noreply, n + 1}
end

{:ok, pid} = Counter.start_link(name: :counter)
IO.inspect(Process.whereis(:counter) == pid)
IO.inspect(GenServer.whereis(:counter) == pid)
GenServer.cast(:counter, :inc)
GenServer.cast(:counter, :inc)
IO.inspect(GenServer.call(:counter, :get))
IO.inspect(GenServer.call({:counter, node()}, :get))
IO.inspect(GenServer.whereis({:counter, node()}) == pid)
IO.inspect(Counter.start_link(name: :counter) == {:error, {:already_started, pid}})
IO.inspect(GenServer.whereis(:nobody))
IO.inspect(GenServer.cast(:nobody, :inc))
IO.inspect(GenServer.cast({:nobody, node()}, :inc))

{:ok, g} = Counter.start_link(name: {:global, :gcount})
GenServer.cast({:global, :gcount}, :inc)
IO.inspect(GenServer.call({:global, :gcount}, :get))
IO.inspect(GenServer.whereis({:global, :gcount}) == g)
IO.inspect(GenServer.whereis({:global, :nobody}))
IO.inspect(Counter.start_link(name: {:global, :gcount}) == {:error, {:already_started, g}})

try do
  Counter.start_link(name: "bad")
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end

IO.inspect(GenServer.stop(:counter))
IO.inspect(Process.whereis(:counter))
IO.inspect(GenServer.stop({:global, :gcount}))
Process.sleep(10)
IO.inspect(GenServer.whereis({:global, :gcount}))
