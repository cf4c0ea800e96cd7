opts = [width: 80, height: 24]
IO.inspect(opts[:width])
IO.inspect(opts[:depth])
m = %{"a" => %{"b" => [c: 3]}}
IO.inspect(m["a"]["b"][:c])
try do
  opts["width"]
rescue
  ArgumentError -> IO.puts("ArgumentError")
end
