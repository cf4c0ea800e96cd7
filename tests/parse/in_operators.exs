a in b
a not in b
f(a not in b)
x in [1, 2] and y not in [3]
