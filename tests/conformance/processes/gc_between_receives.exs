# A process that allocates a little and then waits in receive, again and
# again, still collects: its heap stays small (each wake-up starts a new
# slice, which must not forget a collection that was asked for).
defmodule GcBetweenReceives do
  def round_trip(round) do
    parent = self()
    {pid, mref} = spawn_monitor(fn -> send(parent, {self(), :done, round}) end)

    receive do
      {^pid, :done, ^round} -> :ok
    end

    receive do
      {:DOWN, ^mref, :process, ^pid, _} -> :ok
    end
  end

  def run(tests) do
    indexed = Enum.with_index(tests)

    total =
      Enum.reduce(1..300, 0, fn round, acc ->
        round_trip(round)
        acc + length(indexed) + map_size(elem(hd(indexed), 0))
      end)

    {:total_heap_size, words} = Process.info(self(), :total_heap_size)
    IO.inspect({total, words < 1_000_000})
  end
end

tests = for i <- 1..40, do: %{name: i, tags: %{pending: true, line: i}}
{_pid, ref} = spawn_monitor(fn -> GcBetweenReceives.run(tests) end)

receive do
  {:DOWN, ^ref, :process, _, reason} -> IO.inspect(reason)
end
