# An uncaught throw in a spawned process is reported as {:nocatch, value}.
spawn(fn -> throw(:ball) end)
Process.sleep(200)
IO.puts("main goes on")
