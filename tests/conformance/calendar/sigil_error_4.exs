# A bad calendar sigil fails while compiling: nothing runs.
IO.puts(:before)
IO.inspect(~U[2024-01-01 00:00:00])
