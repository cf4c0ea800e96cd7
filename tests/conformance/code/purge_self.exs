# A process that reloads the module it is running twice purges its own
# code: it is killed like any other process running it.
src = fn v ->
  """
  defmodule CV.Self do
    def version, do: #{v}

    def reload_twice(next) do
      Code.compile_string(next.(#{v} + 1))
      Code.compile_string(next.(#{v} + 2))
      {:survived, version()}
    end
  end
  """
end

Code.compile_string(src.(1))
{pid, ref} = spawn_monitor(fn -> exit(CV.Self.reload_twice(src)) end)

receive do
  {:DOWN, ^ref, :process, _, reason} -> IO.inspect({reason, is_pid(pid)}, label: "down")
end

IO.inspect(CV.Self.version(), label: "current")
IO.inspect(:erlang.check_old_code(CV.Self), label: "old code")
