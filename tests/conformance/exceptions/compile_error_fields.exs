try do
  Code.eval_string("1 +")
rescue
  e -> IO.inspect(e); IO.puts(Exception.message(e))
end
try do
  Code.eval_string("foo(")
rescue
  e -> IO.inspect(e.__struct__); IO.puts(Exception.message(e))
end
