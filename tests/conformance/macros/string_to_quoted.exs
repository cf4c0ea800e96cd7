IO.inspect(Code.string_to_quoted!("a + 1"))
IO.inspect(Code.string_to_quoted!("foo(:bar, \"baz\")"))
IO.inspect(Code.string_to_quoted!("[1, 2, 3]"))
ast = Code.string_to_quoted!("x * 2")
IO.inspect(Code.eval_quoted(ast, x: 21))
IO.puts(Macro.to_string(Code.string_to_quoted!("if a, do: b")))

try do
  Code.string_to_quoted!("1 +")
rescue
  TokenMissingError -> IO.puts("token missing")
end
