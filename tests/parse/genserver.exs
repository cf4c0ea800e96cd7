defmodule Counter do
  use GenServer

  @impl true
  def init(n), do: {:ok, n}

  @impl true
  def handle_call(:get, _from, n), do: {:reply, n, n}
  def handle_call({:add, k}, _from, n) when is_integer(k), do: {:reply, :ok, n + k}

  @impl true
  def handle_cast(:reset, _n) do
    {:noreply, 0}
  end

  def start_link(opts \\ []) do
    GenServer.start_link(__MODULE__, Keyword.get(opts, :initial, 0), name: __MODULE__)
  end
end

{:ok, _pid} = Counter.start_link(initial: 5)
GenServer.call(Counter, {:add, 3}) |> IO.inspect(label: "add")
