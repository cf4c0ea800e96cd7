# Process.info/2 for the common keys, of a process that waits in receive.
defmodule I do
  def waiter do
    Process.put(:color, :blue)
    Process.put({:k, 1}, [1, 2])
    Process.flag(:trap_exit, true)
    receive do
      :stop -> :ok
    end
  end
end

parent = self()
pid = spawn(&I.waiter/0)
Process.sleep(50)
IO.inspect Process.info(pid, :status)
IO.inspect Process.info(pid, :registered_name)
IO.inspect Process.info(pid, :message_queue_len)
IO.inspect Process.info(pid, :trap_exit)
IO.inspect Process.info(pid, :dictionary) |> then(fn {k, d} -> {k, Enum.sort(d)} end)
IO.inspect Process.info(pid, :links)
IO.inspect Process.info(pid, :monitors)

# Messages that do not match wait in the queue and are counted.
send(pid, :one)
send(pid, :two)
Process.sleep(10)
IO.inspect Process.info(pid, :message_queue_len)
{:messages, msgs} = Process.info(pid, :messages)
IO.inspect msgs

# Links and monitors as seen from both sides.
Process.link(pid)
ref = Process.monitor(pid)
{:links, links} = Process.info(pid, :links)
IO.inspect links == [parent]
{:monitored_by, by} = Process.info(pid, :monitored_by)
IO.inspect by == [parent]
{:monitors, mons} = Process.info(self(), :monitors)
IO.inspect {:process, pid} in mons
Process.register(pid, :waiter)
IO.inspect Process.info(pid, :registered_name)

# Numbers.
{:heap_size, hs} = Process.info(pid, :heap_size)
{:total_heap_size, ths} = Process.info(pid, :total_heap_size)
{:stack_size, ss} = Process.info(pid, :stack_size)
{:reductions, reds} = Process.info(pid, :reductions)
IO.inspect {is_integer(hs), hs > 0, is_integer(ths), ths >= hs, is_integer(ss), is_integer(reds)}

# A list of keys gives a keyword list in that order.
IO.inspect Process.info(pid, [:status, :trap_exit, :message_queue_len, :registered_name])
IO.inspect Process.info(pid, [])

# Process.info/1 is a keyword list with the usual keys.
info = Process.info(pid)
IO.inspect is_list(info)
for k <- [:registered_name, :status, :message_queue_len, :links, :dictionary, :trap_exit,
          :heap_size, :total_heap_size, :stack_size, :reductions, :current_function,
          :initial_call, :group_leader, :priority] do
  IO.inspect {k, Keyword.has_key?(info, k)}
end
IO.inspect Keyword.get(info, :status)
IO.inspect Keyword.get(info, :trap_exit)
IO.inspect Keyword.get(info, :priority)

# A running process reports :running about itself.
IO.inspect Process.info(self(), :status)

# A dead process: nil.
Process.unlink(pid)
send(pid, :stop)
receive do {:DOWN, ^ref, _, _, _} -> :ok end
IO.inspect Process.info(pid)
IO.inspect Process.info(pid, :status)
IO.inspect Process.info(pid, :registered_name)
IO.inspect Process.info(pid, [:status])

# Bad keys raise.
for key <- [:no_such_key, "status"] do
  try do
    Process.info(self(), key)
  rescue
    e in [ArgumentError, FunctionClauseError] -> IO.puts("#{inspect(key)}: #{inspect(e.__struct__)}")
  end
end
