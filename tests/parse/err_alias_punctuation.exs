x = Foo.Bar!=b
