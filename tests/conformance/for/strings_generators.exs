# Strings and charlists in comprehensions.
IO.inspect(for c <- 'abc', do: c + 1)
IO.inspect(for c <- 'hello', into: "", do: <<c>>)
IO.inspect(for w <- ["one", "two", "three"], do: byte_size(w))
IO.inspect(for w <- ["one", "two", "three"], into: "", do: w)
IO.puts(for <<c <- "snake_case_name">>, into: "", do: (if c == ?_, do: " ", else: <<c>>))
IO.inspect(for <<c::utf8 <- "ñandú">>, c > 127, do: c)
