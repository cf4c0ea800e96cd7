foo()
foo(1)
foo(1, 2)
foo(
  1,
  2
)
foo(a)(b)
Kernel.+(1, 2)
