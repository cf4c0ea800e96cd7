IO.puts(1 +)
