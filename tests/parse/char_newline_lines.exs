# A newline taken as a character literal is no line break for Elixir.
x = [?
, ?\
]
y = 1
