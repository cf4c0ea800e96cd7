IO.inspect URI.parse("https://elixir-lang.org/")
IO.inspect URI.parse("http://user:pass@Example.COM:8080/path/to?q=1&b=2#frag")
IO.inspect URI.parse("/foo/bar")
IO.inspect URI.parse("foo/bar")
IO.inspect URI.parse("mailto:user@example.com")
IO.inspect URI.parse("HTTPS://x.org")
IO.inspect URI.parse("//host.com:99/x")
IO.inspect URI.parse("http://[::1]:4000/a")
IO.inspect URI.parse("http://h:/x")
IO.inspect URI.parse("")
IO.inspect URI.parse("?q")
IO.inspect URI.parse("#f")
IO.inspect URI.parse("ftp://f.org"), label: "ftp"
IO.inspect URI.parse("wss://w.org").port
IO.inspect URI.parse("ldap://l").port
IO.inspect URI.parse("unknown://u").port
uri = URI.parse("http://a.com")
IO.inspect URI.parse(uri) == uri
IO.inspect URI.parse("http://a b.com/x y")
