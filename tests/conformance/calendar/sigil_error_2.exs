# A bad calendar sigil fails while compiling: nothing runs.
IO.puts(:before)
IO.inspect(~T[25:00:00])
