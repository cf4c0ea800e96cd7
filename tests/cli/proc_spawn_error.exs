# An Erlang error in a spawned process is reported as an ErlangError.
spawn(fn -> :erlang.error(:custom_reason) end)
Process.sleep(200)
IO.puts("main goes on")
