IO.inspect String.capitalize("abcd")
IO.inspect String.capitalize("ABCD")
IO.inspect String.capitalize("ﬁn")
IO.inspect String.capitalize("ǆemal")
IO.inspect String.capitalize("àB")
IO.inspect String.capitalize("ßa")
IO.inspect String.capitalize("")
IO.inspect String.capitalize("1ABC")
IO.inspect String.capitalize("hello WORLD")
IO.inspect String.capitalize("élan", :ascii)
IO.inspect String.capitalize("aBC", :ascii)
IO.inspect String.capitalize(<<255, ?A>>)
IO.inspect String.capitalize("ŉa")
IO.inspect String.capitalize("e\u0301TE")
try do
  String.capitalize(:foo)
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  String.upcase("a", :foo)
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  String.downcase(123)
rescue
  e -> IO.puts(Exception.message(e))
end
