# Version 2 of the statistics service, loaded into the running node with
#
#     vial load shop examples/hotswap/stats_v2.ex
#
# It also keeps the largest value, so its state becomes a map; code_change/3
# turns version 1's {count, total} into that map, keeping the counts.
defmodule Stats do
  @moduledoc "Running statistics of the values recorded (version 2: also the maximum and the mean)."
  use GenServer

  def start_link(_opts), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)

  @doc "Records `value`; returns what the service knows now."
  def record(value), do: GenServer.call(__MODULE__, {:record, value})

  @doc "A line describing the values recorded so far."
  def summary, do: GenServer.call(__MODULE__, :summary)

  @impl true
  def init(:ok), do: {:ok, %{count: 0, total: 0, max: nil}}

  @impl true
  def handle_call({:record, value}, _from, state) do
    state = %{state | count: state.count + 1, total: state.total + value, max: max(state.max || value, value)}
    {:reply, {:v2, state.count, state.total, state.max}, state}
  end

  def handle_call(:summary, _from, %{count: count, total: total, max: max} = state) do
    mean = if count > 0, do: Float.round(total / count, 2), else: 0.0
    {:reply, "#{count} values, total #{total}, max #{inspect(max)}, mean #{mean}", state}
  end

  # The upgrade from version 1: the state {count, total} becomes a map (the
  # maximum of the values seen before is not known).
  @impl true
  def code_change(_old_vsn, {count, total}, _extra), do: {:ok, %{count: count, total: total, max: nil}}
  def code_change(_old_vsn, state, _extra), do: {:ok, state}
end
