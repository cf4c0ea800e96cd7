IO.puts("a")
defmacro m, do: 1
