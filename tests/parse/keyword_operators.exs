import Kernel, except: [+: 2, ==: 2, when: 2, not: 1, ..: 2]
@spec f(a) :: b when a: integer, b: atom
f -1, 2
f(a: 1,)
