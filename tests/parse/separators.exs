a; b; c
x = 1
y = 2

z = 3
# comment only line
w = 4 # trailing comment
