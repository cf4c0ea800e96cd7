a == b
a != b
a === b
a !== b
a < b and b <= c
a > b or b >= c
a =~ ~r/x/
a == b != c
