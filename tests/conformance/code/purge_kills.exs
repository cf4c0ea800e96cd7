# :code.purge/1 kills the processes still running the old code, with reason
# :killed; it returns true when it killed one.
src = fn v ->
  """
  defmodule CV.Purge do
    def version, do: #{v}

    def wait do
      receive do
        :stop -> :ok
        {:ping, from} ->
          send(from, :pong)
          wait()
      end
    end
  end
  """
end

Code.compile_string(src.(1))
old = for _ <- 1..3, do: spawn(fn -> CV.Purge.wait() end)
refs = for pid <- old, do: Process.monitor(pid)

sync = fn pid ->
  send(pid, {:ping, self()})

  receive do
    :pong -> :ok
  end
end

Enum.each(old, sync)
Code.compile_string(src.(2))
new = spawn(fn -> CV.Purge.wait() end)
new_ref = Process.monitor(new)
sync.(new)
IO.inspect(Enum.map(old, &:erlang.check_process_code(&1, CV.Purge)), label: "old ones")
IO.inspect(:erlang.check_process_code(new, CV.Purge), label: "new one")
IO.inspect(:code.purge(CV.Purge), label: "purge")

for ref <- refs do
  receive do
    {:DOWN, ^ref, :process, _, reason} -> IO.inspect(reason, label: "down")
  end
end

IO.inspect(Process.alive?(new), label: "new alive")
IO.inspect(:code.purge(CV.Purge), label: "purge again")
send(new, :stop)

receive do
  {:DOWN, ^new_ref, :process, _, reason} -> IO.inspect(reason, label: "new down")
end
