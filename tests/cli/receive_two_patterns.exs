IO.puts("never printed")
receive do
  a, b -> {a, b}
end
