IO.puts("never printed")
receive do
  x -> x
after
  1 -> 2
  3 -> 4
end
