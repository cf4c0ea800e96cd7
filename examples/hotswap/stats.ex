# Version 1 of the statistics service: it counts the values it is given and
# adds them up. Its state is a tuple {count, total}.
defmodule Stats do
  @moduledoc "Running statistics of the values recorded (version 1)."
  use GenServer

  def start_link(_opts), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)

  @doc "Records `value`; returns what the service knows now."
  def record(value), do: GenServer.call(__MODULE__, {:record, value})

  @doc "A line describing the values recorded so far."
  def summary, do: GenServer.call(__MODULE__, :summary)

  @impl true
  def init(:ok), do: {:ok, {0, 0}}

  @impl true
  def handle_call({:record, value}, _from, {count, total}) do
    state = {count + 1, total + value}
    {:reply, {:v1, count + 1, total + value}, state}
  end

  def handle_call(:summary, _from, {count, total} = state),
    do: {:reply, "#{count} values, total #{total}", state}
end
