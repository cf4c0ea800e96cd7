# :code.soft_purge/1 purges only when no process runs the old code.
src = fn v ->
  """
  defmodule CV.Soft do
    def version, do: #{v}

    def wait do
      receive do
        :upgrade -> CV.Soft.wait()
        {:ask, from} ->
          send(from, version())
          wait()
      end
    end
  end
  """
end

Code.compile_string(src.(1))
pid = spawn(fn -> CV.Soft.wait() end)
send(pid, {:ask, self()})

receive do
  v -> IO.inspect(v, label: "runs")
end

Code.compile_string(src.(2))
IO.inspect(:code.soft_purge(CV.Soft), label: "soft while running old")
IO.inspect(:erlang.check_old_code(CV.Soft), label: "old code kept")
IO.inspect(Process.alive?(pid), label: "alive")
send(pid, :upgrade)
send(pid, {:ask, self()})

receive do
  v -> IO.inspect(v, label: "now runs")
end

IO.inspect(:erlang.check_process_code(pid, CV.Soft), label: "in old")
IO.inspect(:code.soft_purge(CV.Soft), label: "soft after upgrade")
IO.inspect(:erlang.check_old_code(CV.Soft), label: "old code")
IO.inspect(:code.soft_purge(CV.Soft), label: "soft again")
IO.inspect(Process.alive?(pid), label: "alive")
