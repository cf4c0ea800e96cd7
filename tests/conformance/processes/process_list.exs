# Process.list/0 (:erlang.processes/0) grows with spawns and shrinks again.
defmodule PL do
  def wait_down(pid) do
    ref = Process.monitor(pid)
    receive do {:DOWN, ^ref, _, _, _} -> :ok end
  end
end

before = Process.list()
IO.inspect is_list(before)
IO.inspect Enum.all?(before, &is_pid/1)
IO.inspect self() in before
IO.inspect length(before) == length(Enum.uniq(before))

pids = for _ <- 1..25, do: spawn(fn -> receive do :stop -> :ok end end)
during = Process.list()
IO.inspect length(during) - length(before) >= 25
IO.inspect Enum.all?(pids, &(&1 in during))
IO.inspect :erlang.processes() |> Enum.all?(&is_pid/1)

Enum.each(pids, &send(&1, :stop))
Enum.each(pids, &PL.wait_down/1)
after_ = Process.list()
IO.inspect Enum.any?(pids, &(&1 in after_))
IO.inspect self() in after_

# Every listed process is alive or just exiting; self is alive.
IO.inspect Process.alive?(self())
