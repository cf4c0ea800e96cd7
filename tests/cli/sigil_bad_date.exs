IO.puts(:before)
IO.inspect(~D[2024-02-30])
