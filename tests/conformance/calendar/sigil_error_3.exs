# A bad calendar sigil fails while compiling: nothing runs.
IO.puts(:before)
IO.inspect(~N[2024-01-01])
