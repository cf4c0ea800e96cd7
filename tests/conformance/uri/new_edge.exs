for s <- ["http://a.com?x=1", "http://a.com#top", "http://a.com/?", "http://a.com/#", "http://@h",
          "http://u@", "a:", "A+B-C.D:x", "http://h:12ab/", "http://[::1", "urn:a:b:c",
          "http://h/a%20b?c%20d#e%20f", "  http://spaces", "tel:+1-555", "http://h/p?q=a/b?c", "?", "#", "http://h/%",
          "http://h:65536/", "s://u:p:q@h/", "x:/a//b", "x://h//b"] do
  case URI.new(s) do
    {:ok, uri} -> IO.inspect({s, uri.scheme, uri.userinfo, uri.host, uri.port, uri.path, uri.query, uri.fragment})
    other -> IO.inspect({s, other})
  end
end
