Process.flag(:trap_exit, true)
parent = self()
pid = spawn_link(fn ->
  :ets.new(:crashy, [:named_table, :public])
  :ets.insert(:crashy, {:a, 1})
  send(parent, :made)
  receive do :crash -> raise "boom" end
end)
receive do :made -> :ok end
IO.inspect(:ets.lookup(:crashy, :a))
send(pid, :crash)
receive do {:EXIT, ^pid, {%RuntimeError{message: m}, _}} -> IO.inspect(m) end
IO.inspect(:ets.info(:crashy))
IO.inspect(:ets.new(:crashy, [:named_table]))
