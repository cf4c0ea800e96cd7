a -1
a - 1
a-1
a -b
f +1
a ! b
