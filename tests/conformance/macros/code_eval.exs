IO.inspect(Code.eval_string("1 + 2"))
IO.inspect(Code.eval_string("a = 1; b = a + x", [x: 2]))
IO.inspect(Code.eval_string("z = x * 2", [x: 2, y: 3]))
IO.inspect(Code.eval_quoted(quote do: 1 + 2))
IO.inspect(Code.eval_quoted(quote(do: var!(x) + 1), [x: 41]))
IO.inspect(Code.eval_string("x = 5; x = x + 1", [x: 1]))
IO.inspect(Code.eval_string("[x | y] = [1, 2]"))
IO.inspect(Code.eval_string("if true, do: (c = 3), else: 4"))
try do
  Code.eval_string("1 +")
rescue
  SyntaxError -> IO.puts("syntax")
  TokenMissingError -> IO.puts("token missing")
end
try do
  Code.eval_string("raise \"boom\"")
rescue
  RuntimeError -> IO.puts("rt")
end
try do
  Code.eval_string("undefined_thing(1)")
rescue
  CompileError -> IO.puts("ce")
end
