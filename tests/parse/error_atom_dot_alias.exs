:foo.Bar
