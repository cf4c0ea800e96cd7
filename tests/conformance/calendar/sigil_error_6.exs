# A bad calendar sigil fails while compiling: nothing runs.
IO.puts(:before)
IO.inspect(~D[2024-01-01 Foo])
