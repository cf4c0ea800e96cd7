a && b || c
a || b && c
!a
not a
!a == b
not a and b
a and not b
