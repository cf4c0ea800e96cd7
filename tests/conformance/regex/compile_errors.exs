for p <- ["*foo", "(abc", "abc)", "[a", "a{3,1}", "\\", "(?<n>a)(?<n>b)", "a\\k<zz>",
          "(?<=a+)b", "(?z)", "\\1", "[z-a]", "a{99999}", "\\p{Foo}", "a**", "x{2}{3}+",
          "[[:foo:]]", "\\c", "\\x{110000}", "(*FOO)", "(?#abc"] do
  IO.inspect({p, Regex.compile(p)})
  try do
    Regex.compile!(p)
  rescue
    e in Regex.CompileError -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end
IO.inspect Regex.compile("\\p{Foo}", "u")
try do
  Regex.compile!("a", "q")
rescue
  e -> IO.inspect(e)
end
for p <- ["\\2x", "(a)\\2", "(a)\\2bc", "\\k<zz>x", "x\\k<zz>yy", "(?&zz)", "(?P=zz)", "\\g{5}", "\\g2", "(?<=a+)b", "x(?<=a|bb)b", "(?<!a*)", "xx(?<=a(?:b|cc))"] do
  IO.inspect {p, elem(Regex.compile(p), 0)}
  try do
    Regex.compile!(p)
  rescue
    e in Regex.CompileError -> IO.puts(Exception.message(e))
  end
end
