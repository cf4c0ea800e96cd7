a
|> b
x =
  1
y = a +
  b
c
-1
d
when e
f
and g
