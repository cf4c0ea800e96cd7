# A process killed by a purge ends with reason :killed: a linked process
# that traps exits gets {:EXIT, pid, :killed}; trapping exits does not
# save a process in the old code, nor does a try around its wait.
src = fn v ->
  """
  defmodule CV.Links do
    def version, do: #{v}

    def trapping(parent) do
      Process.flag(:trap_exit, true)
      send(parent, {:ready, self()})
      receive do
        :never -> :ok
      end
    end

    def in_try(parent) do
      try do
        send(parent, {:ready, self()})
        receive do
          :never -> :ok
        end
      catch
        kind, reason -> send(parent, {:caught, kind, reason})
      after
        send(parent, :after_ran)
      end
    end
  end
  """
end

Code.compile_string(src.(1))
Process.flag(:trap_exit, true)
parent = self()
a = spawn_link(fn -> CV.Links.trapping(parent) end)
b = spawn_link(fn -> CV.Links.in_try(parent) end)

for _ <- 1..2 do
  receive do
    {:ready, _} -> :ok
  end
end

dead = spawn(fn -> :ok end)
Process.sleep(20)
Code.compile_string(src.(2))
IO.inspect(:erlang.check_process_code(dead, CV.Links), label: "dead process")
IO.inspect(:code.purge(CV.Links), label: "purge")

exits =
  for _ <- 1..2 do
    receive do
      {:EXIT, pid, reason} when pid in [a, b] -> {if(pid == a, do: :a, else: :b), reason}
    end
  end

IO.inspect(Enum.sort(exits), label: "exits")

# (Elixir's compiler links processes to the caller, whose exits come too:
# only the clauses' messages are looked for)
receive do
  {:caught, _, _} = msg -> IO.inspect(msg, label: "unexpected")
  :after_ran -> IO.puts("unexpected: after ran")
after
  100 -> IO.puts("no catch or after clause ran")
end

IO.inspect(:code.soft_purge(CV.Links), label: "soft_purge without old code")
Code.compile_string(src.(3))
IO.inspect(:code.soft_purge(CV.Links), label: "soft_purge, nobody in old code")
IO.inspect(:erlang.check_old_code(CV.Links), label: "old code")
