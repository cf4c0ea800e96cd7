# Which exit reasons of a linked process take a non-trapping process down:
# all but :normal (including :shutdown and {:shutdown, _}).
defmodule LR do
  # A middle process links to a child that exits with the reason; the
  # result is how the middle process ended (or :alive).
  def middle_after(reason) do
    parent = self()
    {mid, ref} = spawn_monitor(fn ->
      child = spawn_link(fn -> receive do :go -> exit(reason) end end)
      send(parent, {:child, child})
      receive do :stop -> exit(:stopped_by_test) end
    end)
    child = receive do {:child, c} -> c end
    cref = Process.monitor(child)
    send(child, :go)
    receive do {:DOWN, ^cref, _, _, _} -> :ok end
    result = receive do
      {:DOWN, ^ref, :process, ^mid, r} -> {:died, r}
    after
      100 -> :alive
    end
    if result == :alive do
      send(mid, :stop)
      receive do {:DOWN, ^ref, _, _, _} -> :ok end
    end
    result
  end

  # The other direction: the parent of a linked child exits.
  def child_after(reason) do
    parent = self()
    {mid, ref} = spawn_monitor(fn ->
      child = spawn_link(fn -> receive do :never -> :ok end end)
      send(parent, {:child, child})
      receive do :go -> exit(reason) end
    end)
    child = receive do {:child, c} -> c end
    cref = Process.monitor(child)
    send(mid, :go)
    receive do {:DOWN, ^ref, _, _, _} -> :ok end
    result = receive do
      {:DOWN, ^cref, :process, ^child, r} -> {:died, r}
    after
      100 -> :alive
    end
    if result == :alive, do: Process.exit(child, :kill)
    result
  end
end

for reason <- [:normal, :shutdown, {:shutdown, :done}, :boom, {:error, 1}, :killed] do
  IO.inspect {reason, LR.middle_after(reason)}
end
for reason <- [:normal, :shutdown, :boom] do
  IO.inspect {:parent, reason, LR.child_after(reason)}
end
