# `(` right after an alias.
x = Foo.Bar (1)
