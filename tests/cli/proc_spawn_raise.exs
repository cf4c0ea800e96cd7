# A spawned process that raises prints a crash report; the main process goes on.
spawn(fn -> raise "boom" end)
Process.sleep(200)
IO.puts("main goes on")
