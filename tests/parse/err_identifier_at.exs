# `@` is not allowed in identifiers.
x = a@b
