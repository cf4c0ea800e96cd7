# A process ends normally when its function returns; the value is dropped.
defmodule NE do
  def down({pid, ref}) do
    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> reason
    end
  end

  def exit_normal do
    {pid, ref} = spawn_monitor(fn -> receive do :go -> exit(:normal) end end)
    send(pid, :go)
    receive do {:DOWN, ^ref, :process, ^pid, r} -> IO.inspect(r, label: "exit(:normal)") end
  end
end

parent = self()
{pid, _} = pm = spawn_monitor(fn -> receive do :go -> {:some, :value} end end)
send(pid, :go)
IO.inspect NE.down(pm)
IO.inspect Process.alive?(pid)

# Ending normally after a long computation.
pm = spawn_monitor(fn -> send(parent, {:sum, Enum.sum(1..100_000)}) end)
receive do {:sum, s} -> IO.inspect(s) end
IO.inspect NE.down(pm)

# A process whose mailbox still holds messages ends normally too.
{pid, _} = pm = spawn_monitor(fn -> receive do :last -> :ok end end)
for i <- 1..5, do: send(pid, {:unread, i})
send(pid, :last)
IO.inspect NE.down(pm)

# exit(:normal) is a normal end.
NE.exit_normal()

# A normal end of a linked process does not hurt the parent and is not a
# message unless trapping.
pid = spawn_link(fn -> receive do :go -> :ok end end)
ref = Process.monitor(pid)
send(pid, :go)
IO.inspect NE.down({pid, ref})
IO.inspect Process.alive?(pid)
IO.inspect Process.info(self(), :messages)
