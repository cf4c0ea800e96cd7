# Keywords in brackets must be the only argument.
x[1, a: 1]
