IO.puts("x")
String.length "abc"
a.b
a.b()
a.b.c
a.b(1)(2)
x.y.z()
Foo."quoted name"(1)
