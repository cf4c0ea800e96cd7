IO.puts URI.to_string(URI.parse("http://google.com"))
IO.puts URI.to_string(URI.parse("http://google.com:443"))
IO.puts URI.to_string(URI.parse("https://google.com:443"))
IO.puts URI.to_string(URI.parse("foo://bar.baz"))
IO.puts to_string(URI.parse("http://user:pw@h:81/p?q=1#f"))
IO.puts to_string(URI.parse("http://[::1]:4000/"))
IO.puts to_string(URI.parse("mailto:a@b.c"))
IO.puts to_string(URI.parse("/rel/path?x"))
IO.puts to_string(%URI{scheme: "https", host: "x.org", path: "/a", query: "b=1"})
IO.puts to_string(%URI{host: "x.org", port: 22})
IO.puts to_string(%URI{scheme: "http", host: "x", port: 80})
IO.puts to_string(%URI{path: "only"})
IO.puts to_string(%URI{authority: "auth", path: "/p"})
IO.puts "#{URI.parse("http://interp.org/x")}"
try do
  to_string(%URI{host: "h", path: "x"})
rescue
  e -> IO.puts(Exception.message(e))
end
IO.puts to_string(URI.new!("http://h"))
