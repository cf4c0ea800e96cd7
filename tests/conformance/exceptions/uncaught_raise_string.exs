IO.puts("start")
raise "fatal problem"
