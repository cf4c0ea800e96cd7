base = "http://a/b/c/d;p?q"
for rel <- ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x", "",
            ".", "./", "..", "../", "../g", "../..", "../../", "../../g", "../../../g", "/./g", "/../g",
            "g.", ".g", "g..", "..g", "./../g", "./g/.", "g/./h", "g/../h"] do
  IO.puts(rel <> " -> " <> to_string(URI.merge(base, rel)))
end
IO.inspect URI.merge(URI.parse("http://example.com"), "http://google.com")
IO.inspect URI.merge("http://example.com", "/foo") |> to_string()
IO.inspect URI.merge("http://example.com/a/b", "c") |> to_string()
try do
  URI.merge("/relative", "x")
rescue
  e -> IO.puts(inspect(e.__struct__) <> ": " <> Exception.message(e))
end
uri = URI.parse("http://x.org/p?a=1")
IO.puts URI.append_query(uri, "b=2")
IO.puts URI.append_query(URI.parse("http://x.org/p?a=1&"), "b=2")
IO.puts URI.append_query(URI.parse("http://x.org/p"), "b=2")
IO.puts URI.append_query(URI.parse("http://x.org/p?"), "b=2")
