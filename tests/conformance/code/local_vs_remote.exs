# After a reload, a process looping by local calls stays in the version it
# runs; a fully qualified call reaches the current version.
src = fn v ->
  """
  defmodule CV.Loop do
    def version, do: #{v}

    def local_loop do
      receive do
        {:ask, from} ->
          send(from, {:local, version(), CV.Loop.version()})
          local_loop()
      end
    end

    def remote_loop do
      receive do
        {:ask, from} ->
          send(from, {:remote, version(), CV.Loop.version()})
          CV.Loop.remote_loop()
      end
    end
  end
  """
end

ask = fn pid ->
  send(pid, {:ask, self()})

  receive do
    reply -> reply
  end
end

Code.compile_string(src.(1))
local = spawn(fn -> CV.Loop.local_loop() end)
remote = spawn(fn -> CV.Loop.remote_loop() end)
IO.inspect({ask.(local), ask.(remote)})
Code.compile_string(src.(2))
# the remote loop's next iteration is v2; the reply to this first ask still
# comes from the v1 clause that was waiting
IO.inspect({ask.(local), ask.(remote)})
IO.inspect({ask.(local), ask.(remote)})
IO.inspect(:erlang.check_process_code(local, CV.Loop), label: "local in old")
IO.inspect(:erlang.check_process_code(remote, CV.Loop), label: "remote in old")
IO.inspect(:code.soft_purge(CV.Loop), label: "soft_purge")
IO.inspect(Process.alive?(local), label: "local alive")
