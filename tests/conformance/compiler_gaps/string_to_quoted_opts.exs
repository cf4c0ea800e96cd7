# Code.string_to_quoted!/2 and string_to_quoted/2 with line: and file:.
IO.inspect Code.string_to_quoted!("a + b", line: 10)
IO.inspect Code.string_to_quoted!("a +\n b", line: 10)
IO.inspect Code.string_to_quoted!("x", file: "f.ex", line: 3)
IO.inspect Code.string_to_quoted("foo(", line: 5)
IO.inspect Code.string_to_quoted("1 +)")
IO.inspect Code.string_to_quoted("1 +)", line: 7)
IO.inspect Code.string_to_quoted("[1, 2")
IO.inspect Code.string_to_quoted("ok")
try do
  Code.string_to_quoted!("foo(", line: 5, file: "zz.ex")
rescue
  e -> IO.inspect(e)
end
try do
  Code.string_to_quoted!("a\nb c d", line: 2)
rescue
  e -> IO.inspect(e)
end
