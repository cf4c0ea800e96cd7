x = 1
{a, b} = {1, 2}
[h | t] = list
a = b = c
^pin = value
%{key: v} = map
