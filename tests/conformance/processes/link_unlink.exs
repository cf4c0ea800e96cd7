# Process.link/1 and unlink/1.
defmodule L do
  def idle do
    receive do
      {:exit_with, r} -> exit(r)
      :stop -> :ok
    end
  end

  def linked?(a, b) do
    {:links, links} = Process.info(a, :links)
    b in links
  end

  def exit_msg(pid) do
    receive do
      {:EXIT, ^pid, r} -> {:EXIT, r}
    after
      200 -> :no_exit_message
    end
  end
end

Process.flag(:trap_exit, true)
me = self()
pid = spawn(&L.idle/0)
IO.inspect L.linked?(me, pid)
IO.inspect Process.link(pid)
IO.inspect {L.linked?(me, pid), L.linked?(pid, me)}
# Linking twice is one link.
IO.inspect Process.link(pid)
{:links, links} = Process.info(pid, :links)
IO.inspect length(links)
send(pid, {:exit_with, :boom})
IO.inspect L.exit_msg(pid)

# After unlink, the exit does not come.
pid = spawn(&L.idle/0)
Process.link(pid)
IO.inspect Process.unlink(pid)
IO.inspect {L.linked?(me, pid), L.linked?(pid, me)}
send(pid, {:exit_with, :boom})
IO.inspect L.exit_msg(pid)

# Unlinking something not linked, or dead, is fine.
IO.inspect Process.unlink(pid)
other = spawn(&L.idle/0)
IO.inspect Process.unlink(other)
# Linking to self does nothing.
IO.inspect Process.link(self())
IO.inspect L.linked?(me, me)

# Linking to a dead process while trapping: an {:EXIT, pid, :noproc} message.
ref = Process.monitor(pid)
receive do {:DOWN, ^ref, _, _, _} -> :ok end
IO.inspect Process.link(pid)
IO.inspect L.exit_msg(pid)

# Without trapping, link to a dead process raises :noproc.
Process.flag(:trap_exit, false)
r = try do
  Process.link(pid)
rescue
  e in ErlangError -> {:ErlangError, e.original}
end
IO.inspect r

# A link made by the child works both ways.
Process.flag(:trap_exit, true)
child = spawn(fn ->
  Process.link(me)
  send(me, :linked)
  receive do :die -> exit(:from_child) end
end)
receive do :linked -> :ok end
IO.inspect L.linked?(me, child)
send(child, :die)
IO.inspect L.exit_msg(child)
send(other, :stop)
