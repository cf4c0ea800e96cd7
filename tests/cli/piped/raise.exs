IO.puts("before")
raise "boom from stdin"
