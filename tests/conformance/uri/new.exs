for s <- ["https://elixir-lang.org/", "http://user:pw@Host:8080/P?Q=1#F", "//host/p?q#f", "a/b:c",
          "mailto:a@b", "", "foo", "http://[::1]:80/x", "http://a.com:/", "x://", "file:///tmp/x",
          "urn:isbn:123", "http://h?x", "http://h#x", "http://h:0", "///x", "a%2", "HTTP://X.Y"] do
  IO.inspect(URI.new(s), label: s)
end
for s <- ["https://ex ample.com", "http://a.com:xx/", "a b", "http:/x y", "/a b?c", "x?a b", "x#a b",
          "http://[v1.x]/", "1http://x", ":x", "ab<cd", "/a|b", "?x y", "#x y", "http://a@b@c/",
          "http://h/a^b", "http://[::1]x/", "http://h/ä", "x#y#z"] do
  IO.inspect(URI.new(s), label: s)
end
IO.inspect URI.new(%URI{host: "x"})
IO.inspect URI.new!("http://h/p")
IO.inspect URI.new!(%URI{path: "p"})
try do
  URI.new!("a b")
rescue
  e -> IO.inspect(e); IO.puts(Exception.message(e))
end
try do
  URI.new!("http://h:x")
rescue
  e -> IO.puts(Exception.message(e))
end
