# A process is killed by a purge when a return address on its stack points
# into the old code, even while it waits in another module.
Code.compile_string("""
defmodule CV.Waiter do
  def wait_here do
    receive do
      {:go, from} -> send(from, :went)
    end

    :done
  end
end
""")

src = fn v ->
  """
  defmodule CV.Caller do
    def run(parent) do
      send(parent, {:ready, #{v}})
      result = CV.Waiter.wait_here()
      {result, #{v}}
    end
  end
  """
end

Code.compile_string(src.(1))
parent = self()
p = spawn(fn -> exit(CV.Caller.run(parent)) end)
ref = Process.monitor(p)

receive do
  {:ready, v} -> IO.inspect(v, label: "ready")
end

Code.compile_string(src.(2))
IO.inspect(:erlang.check_process_code(p, CV.Caller), label: "in old code")
IO.inspect(:erlang.check_process_code(p, CV.Waiter), label: "in old Waiter (none)")
IO.inspect(:code.soft_purge(CV.Caller), label: "soft_purge")
IO.inspect(:code.purge(CV.Caller), label: "purge")

receive do
  {:DOWN, ^ref, :process, _, reason} -> IO.inspect(reason, label: "down")
end

# a process that has returned from the old code is not touched
Code.compile_string(src.(3))
q = spawn(fn -> exit(CV.Caller.run(parent)) end)
qref = Process.monitor(q)

receive do
  {:ready, v} -> IO.inspect(v, label: "ready")
end

send(q, {:go, self()})

receive do
  :went -> :ok
end

receive do
  {:DOWN, ^qref, :process, _, reason} -> IO.inspect(reason, label: "q exited")
end
