# Loading a third version purges the first: processes still in it are
# killed; those in the second survive (it becomes the old version).
src = fn v ->
  """
  defmodule CV.Third do
    def version, do: #{v}

    def wait(tag) do
      receive do
        {:ask, from} ->
          send(from, {tag, version()})
          wait(tag)
      end
    end
  end
  """
end

ask = fn pid ->
  send(pid, {:ask, self()})

  receive do
    {_tag, v} -> v
  end
end

Code.compile_string(src.(1))
p1 = spawn(fn -> CV.Third.wait(:p1) end)
r1 = Process.monitor(p1)
IO.inspect(ask.(p1), label: "p1 runs version")
Code.compile_string(src.(2))
p2 = spawn(fn -> CV.Third.wait(:p2) end)
r2 = Process.monitor(p2)
IO.inspect(ask.(p2), label: "p2 runs version")
Code.compile_string(src.(3))

receive do
  {:DOWN, ^r1, :process, _, reason} -> IO.inspect(reason, label: "p1 down")
after
  2000 -> IO.puts("p1 not killed")
end

IO.inspect(ask.(p2), label: "p2 still runs version")

IO.inspect(CV.Third.version(), label: "current")
IO.inspect(:erlang.check_old_code(CV.Third), label: "has old")
IO.inspect(:code.soft_purge(CV.Third), label: "soft_purge while p2 runs v2")
Code.compile_string(src.(4))

receive do
  {:DOWN, ^r2, :process, _, reason} -> IO.inspect(reason, label: "p2 down")
after
  2000 -> IO.puts("p2 not killed")
end

IO.inspect(CV.Third.version(), label: "current")
