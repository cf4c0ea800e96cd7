for s <- ["http://a.com?x=1", "http://a.com#top", "http://a.com/?", "http://a.com/#", "http://:80", "http://@h",
          "http://u@", "//", "///", "a:", "A+B-C.D:x", "1a:x", "-a:x", "http://h:12ab/", "http://[::1", "http://[fe80::1%25en0]:8/",
          "urn:a:b:c", "http://h/a%20b?c%20d#e%20f", "  http://spaces", "http://h/\u00e9", "tel:+1-555"] do
  uri = URI.parse(s)
  IO.inspect({s, uri.scheme, uri.userinfo, uri.host, uri.port, uri.path, uri.query, uri.fragment})
end
