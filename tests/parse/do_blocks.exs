foo do
  1
end
foo bar do
  2
end
foo(bar) do
  3
end
Foo.bar baz do
  4
end
x = if a do 1 else 2 end
try do
  risky()
rescue
  e in RuntimeError -> e
catch
  :throw, v -> v
else
  ok -> ok
after
  cleanup()
end
receive do
  {:msg, x} -> x
after
  1000 -> :timeout
end
