try do
  Code.eval_string("1 + ")
rescue
  TokenMissingError -> IO.puts("token missing")
end

try do
  Code.eval_string("x + 1")
rescue
  CompileError -> IO.puts("undefined variable")
end

try do
  Code.eval_string(":erlang.error(:custom)")
rescue
  ErlangError -> IO.puts("erlang error")
end

try do
  Code.eval_string("throw(:ball)")
catch
  :throw, v -> IO.inspect(v)
end

IO.inspect(Code.eval_string("a = 2; fn x -> x * a end.(21)"))
IO.inspect(Code.eval_quoted(quote(do: [1, 2] ++ [3])))
