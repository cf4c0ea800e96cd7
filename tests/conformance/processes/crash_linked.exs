# A crash takes linked processes with it (with the same reason) unless they
# trap exits; a trapping parent gets the {exception, stack} reason.
defmodule CL do
  def run do
    parent = self()
    Process.flag(:trap_exit, true)
    child = spawn_link(fn -> raise "linked boom" end)
    receive do
      {:EXIT, ^child, {%RuntimeError{message: m}, stack}} when is_list(stack) ->
        IO.inspect(m, label: "trapped crash")
    end

    # A non-trapping middle process dies with the crash's reason.
    {mid, ref} = spawn_monitor(fn ->
      spawn_link(fn -> raise ArgumentError, "deep" end)
      Process.sleep(:infinity)
    end)
    receive do
      {:DOWN, ^ref, :process, ^mid, {%ArgumentError{message: m}, _}} ->
        IO.inspect(m, label: "middle died of")
    end

    # Links of a process that ends normally are not hurt.
    {mid, ref} = spawn_monitor(fn ->
      spawn_link(fn -> :fine end)
      receive do :go -> send(parent, :middle_lives) end
    end)
    Process.sleep(20)
    send(mid, :go)
    receive do :middle_lives -> IO.puts("middle lives") end
    receive do {:DOWN, ^ref, :process, ^mid, r} -> IO.inspect(r) end
  end
end

CL.run()
