for x <- ["x", 1] do
try do IO.inspect(:ets.info(x)) rescue e -> IO.puts(Exception.message(e)) end
try do IO.inspect(:ets.info(x, :size)) rescue e -> IO.puts(Exception.message(e)) end
end
