# A purge with many processes: some wait in receive in the old code, some
# run a busy loop in it, some run the new code; only those in the old code
# are killed, however the schedulers interleave them.
src = fn v ->
  """
  defmodule CV.Many do
    def version, do: #{v}

    def wait(parent) do
      receive do
        {:ping, from} ->
          send(from, {:pong, version()})
          wait(parent)
      end
    end

    def busy(parent, n) do
      if n == 1000, do: send(parent, {:busy, self()})
      busy(parent, n + 1)
    end
  end
  """
end

Code.compile_string(src.(1))
parent = self()
waiters = for _ <- 1..40, do: spawn(fn -> CV.Many.wait(parent) end)
busy = for _ <- 1..4, do: spawn(fn -> CV.Many.busy(parent, 0) end)
for _ <- busy, do: (receive do {:busy, _} -> :ok end)

pong = fn pid ->
  send(pid, {:ping, self()})
  receive do
    {:pong, v} -> v
  end
end

IO.inspect(waiters |> Enum.map(pong) |> Enum.frequencies(), label: "old ones answer")
old = waiters ++ busy
refs = Map.new(old, fn pid -> {Process.monitor(pid), pid} end)
Code.compile_string(src.(2))
fresh = for _ <- 1..20, do: spawn(fn -> CV.Many.wait(parent) end)
IO.inspect(fresh |> Enum.map(pong) |> Enum.frequencies(), label: "new ones answer")
IO.inspect(:code.purge(CV.Many), label: "purge")

reasons =
  for _ <- refs do
    receive do
      {:DOWN, ref, :process, _, reason} when is_map_key(refs, ref) -> reason
    end
  end

IO.inspect(Enum.frequencies(reasons), label: "down")
IO.inspect(fresh |> Enum.map(pong) |> Enum.frequencies(), label: "new ones still answer")
IO.inspect(Enum.count(fresh, &Process.alive?/1), label: "alive")
