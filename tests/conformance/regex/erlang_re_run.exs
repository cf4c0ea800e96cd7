IO.inspect :re.run("a", "(a)|(b)")
IO.inspect :re.run("b", "(a)|(b)")
IO.inspect :re.run("a", "(a)|(b)", capture: [1, 2])
IO.inspect :re.run("a", "(a)|(b)", [{:capture, :all, :binary}])
IO.inspect :re.run("abab", "(a)|(b)", [:global])
IO.inspect :re.run("abc", "x*", [:global])
IO.inspect :re.run("aé", "", [:global, :unicode])
IO.inspect :re.run("aé", "", [:global])
IO.inspect :re.run('abc', 'b', [])
IO.inspect :re.run("abc", "b", [capture: :none])
IO.inspect :re.run("abc", "b", [{:capture, :all, :list}])
IO.inspect :re.run("abc", "B", [:caseless])
IO.inspect :re.run("abc", "(?<x>b)", [{:capture, :all_names, :binary}])
IO.inspect :re.run("abc", "(?<x>b)", [{:capture, ["x", :x, 'x', 0, 5, "zz"], :binary}])
IO.inspect :re.run("héllo", "l+", [:unicode, {:capture, :all, :list}])
IO.inspect :re.run(["ab", ?c, ["d"]], "cd")
IO.inspect :re.run("abc", "c", [:anchored])
IO.inspect :re.run("abc", "a", [:anchored])
IO.inspect :re.run("abc", "^b", [{:offset, 1}])
IO.inspect :re.run("abc", "^b", [{:offset, 1}, :notbol])
IO.inspect :re.run("", "x*", [:notempty])
IO.inspect :re.run("a\r\nb", "$", [:global, :multiline, {:newline, :crlf}])
IO.inspect :re.run("aaa", "a", [:global, {:capture, :first, :binary}])
IO.inspect :re.run("abc", "b", [:global, {:capture, :none}])
{:ok, mp} = :re.compile("(?<a>x)(?<b>y)?")
IO.inspect :re.inspect(mp, :namelist)
IO.inspect :re.run("x", mp, [{:capture, :all_names, :index}])
IO.inspect elem(:re.compile("a", [:unicode]), 0)
IO.inspect :re.compile("(")
IO.inspect :re.run("a", "(", [:report_errors])
try do
  :re.run("a", "(")
rescue
  e -> IO.inspect(e)
end
try do
  :re.run("a", "a", [:bogus])
rescue
  e -> IO.inspect(e)
end
try do
  :re.run(<<255>>, "a", [:unicode])
rescue
  e -> IO.inspect(e)
end
