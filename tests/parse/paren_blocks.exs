((a; b))
(())
(a not in b)
((!x))
(!x)
(
a
b)
