strings = ["https://user@host.com:8443/a/b?x=1&y=%20#frag", "http://host", "http://host/", "ftp://f.org:21/file",
           "mailto:me@x.org", "/just/a/path", "rel/path?q", "//auth.only", "http://[2001:db8::7]/c=GB?objectClass?one",
           "ldap://[2001:db8::7]/c=GB?objectClass?one", "telnet://192.0.2.16:80/", "urn:oasis:names:specification:docbook:dtd:xml:4.1.2",
           "news:comp.infosystems.www.servers.unix", "http://h/%E2%82%AC"]
for s <- strings do
  parsed = URI.parse(s)
  IO.puts(s <> " => " <> to_string(parsed))
  {:ok, strict} = URI.new(s)
  IO.puts("  new => " <> to_string(strict) <> " " <> inspect(strict.port))
end
params = %{"name" => "Zoë & co", "list" => "a,b", "empty" => ""}
encoded = URI.encode_query(params)
IO.puts encoded
IO.inspect URI.decode_query(encoded) == params
IO.inspect URI.decode(URI.encode("/ä ö/?x=#y")) == "/ä ö/?x=#y"
IO.inspect URI.decode_www_form(URI.encode_www_form("a+b c&d")) 
