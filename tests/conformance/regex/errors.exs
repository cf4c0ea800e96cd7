try do
  Regex.run(~r/a/, :atom)
rescue
  e -> IO.inspect(e.__struct__); IO.puts(Exception.message(e))
end
try do
  Regex.match?("notregex", "a")
rescue
  e -> IO.inspect(e.__struct__); IO.puts(Exception.message(e))
end
try do
  Regex.replace(~r/a/, "a", "b", :bad)
rescue
  e -> IO.inspect(e.__struct__); IO.puts(Exception.message(e))
end
try do
  Regex.split(~r/a/, "a", parts: 0)
rescue
  e -> IO.inspect(e.__struct__)
end
try do
  Regex.scan(~r/a/, 'abc')
rescue
  e -> IO.inspect(e.__struct__); IO.puts(Exception.message(e))
end
try do
  Regex.run(~r/a/u, <<255>>)
rescue
  e -> IO.inspect(e.__struct__); IO.puts(Exception.message(e))
end
try do
  Regex.compile(:foo)
rescue
  e -> IO.inspect(e.__struct__); IO.puts(Exception.message(e))
end
