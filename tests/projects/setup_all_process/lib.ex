defmodule Counter do
  def start do
    spawn_link(fn -> loop(0) end)
  end

  def increment(pid), do: send(pid, :inc)

  def get(pid) do
    send(pid, {:get, self()})

    receive do
      {:count, n} -> n
    after
      1000 -> :timeout
    end
  end

  defp loop(n) do
    receive do
      :inc -> loop(n + 1)
      {:get, from} ->
        send(from, {:count, n})
        loop(n)
    end
  end
end
