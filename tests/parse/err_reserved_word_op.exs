# Word operators are reserved words in syntax errors.
f(a, when)
