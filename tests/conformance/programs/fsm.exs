defmodule Door do
  @transitions %{
    {:locked, :unlock} => :closed,
    {:closed, :lock} => :locked,
    {:closed, :open} => :opened,
    {:opened, :close} => :closed
  }

  def transition(state, event) do
    case Map.fetch(@transitions, {state, event}) do
      {:ok, next} -> {:ok, next}
      :error -> {:error, "cannot #{event} when #{state}"}
    end
  end

  def run(events, state \\ :locked) do
    Enum.reduce_while(events, {state, []}, fn event, {st, log} ->
      with {:ok, next} <- transition(st, event),
           :ok <- check(next) do
        {:cont, {next, [{st, event, next} | log]}}
      else
        {:error, reason} -> {:halt, {:error, reason, Enum.reverse(log)}}
        :forbidden -> {:halt, {:forbidden, st}}
      end
    end)
    |> case do
      {state, log} when is_atom(state) -> {:ok, state, Enum.reverse(log)}
      other -> other
    end
  end

  defp check(:opened), do: if(Process.get(:alarm), do: :forbidden, else: :ok)
  defp check(_), do: :ok
end

IO.inspect(Door.run([:unlock, :open, :close, :lock]))
IO.inspect(Door.run([:unlock, :lock, :open]))
IO.inspect(Door.run([]))
Process.put(:alarm, true)
IO.inspect(Door.run([:unlock, :open]))
