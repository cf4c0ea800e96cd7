# `@` is not allowed in aliases.
x = [1, Foo@bar]
