# Errors of Function.info, :erlang.fun_info, Function.capture, is_function/2.
f = fn -> 1 end
try do Function.info(1) rescue e -> IO.inspect(e) end
try do :erlang.fun_info(:a) rescue e -> IO.inspect(e) end
try do Function.info(f, :foo) rescue e -> IO.inspect(e) end
try do :erlang.fun_info(f, "x") rescue e -> IO.inspect(e) end
try do Function.capture(1, :a, 1) rescue e -> IO.inspect(e) end
try do Function.capture(:a, 1, 1) rescue e -> IO.inspect(e) end
try do Function.capture(:a, :b, :c) rescue e -> IO.inspect(e) end
try do Function.capture(:a, :b, -1) rescue e -> IO.inspect(e) end
try do is_function(f, -1) rescue e -> IO.inspect(e) end
try do is_function(f, :a) rescue e -> IO.inspect(e) end
try do Function.capture(Nope, :x, 0).() rescue e -> IO.inspect(e) end
try do (&String.upcase/1).(1, 2) rescue e -> IO.inspect(e) end
try do apply(&String.upcase/1, [1, 2]) rescue e -> IO.inspect(e) end
