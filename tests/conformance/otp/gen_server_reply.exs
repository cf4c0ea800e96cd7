defmodule Deferred do
  use GenServer
  def init(_), do: {:ok, []}

  def handle_call(:wait, from, waiting), do: {:noreply, [from | waiting]}

  def handle_call({:release, value}, _from, waiting) do
    for from <- Enum.reverse(waiting), do: GenServer.reply(from, value)
    {:reply, length(waiting), []}
  end

  def handle_cast(:cast, s), do: {:noreply, s}

  def handle_call({:worker_reply, value}, from, s) do
    spawn(fn -> GenServer.reply(from, {:from_worker, value}) end)
    {:noreply, s}
  end
end

{:ok, srv} = GenServer.start_link(Deferred, nil)
parent = self()

for i <- 1..3 do
  spawn(fn -> send(parent, {:released, i, GenServer.call(srv, :wait)}) end)
end

Process.sleep(300)
IO.inspect(GenServer.call(srv, {:release, :go}))

results =
  for _ <- 1..3 do
    receive do
      {:released, i, v} -> {i, v}
    end
  end

IO.inspect(Enum.sort(results))
IO.inspect(GenServer.call(srv, {:worker_reply, 5}))
IO.inspect(GenServer.reply({self(), make_ref()}, :ignored))
IO.inspect(GenServer.multi_call(Deferred, :nobody))

Process.register(srv, Deferred)
IO.inspect(GenServer.multi_call([node()], Deferred, {:release, :none}))
IO.inspect(GenServer.abcast(Deferred, :cast))
