IO.puts("ok")
