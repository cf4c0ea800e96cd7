# A linked process that raises while the main process traps exits: the crash
# report is printed, and the main process gets the EXIT message.
Process.flag(:trap_exit, true)
pid = spawn_link(fn -> raise "trapped boom" end)
receive do
  {:EXIT, ^pid, {%RuntimeError{message: m}, _}} -> IO.puts("got EXIT: " <> m)
  {:EXIT, ^pid, other} -> IO.puts("got EXIT with another reason: " <> inspect(other))
after
  5_000 -> IO.puts("no EXIT")
end
Process.sleep(200)
