-a * if b do c end | d
!a && if b do c end || d
not a == if b do c end or d
@&+/0 / if true do b else 1 end when foo {"s"}, x
