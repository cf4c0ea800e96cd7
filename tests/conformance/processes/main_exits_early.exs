# The program ends when the script's main process ends, even while other
# processes still run or wait.
parent = self()
spawn(fn ->
  Process.sleep(2_000)
  IO.puts("this is never printed")
end)
spawn(fn -> receive do :never -> :ok end end)
spawn(fn ->
  send(parent, :started)
  Stream.repeatedly(fn -> :spin end) |> Stream.run()
end)
receive do :started -> :ok end
IO.puts("main done")
