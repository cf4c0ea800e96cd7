# Bracket access whose argument is a keyword list, and trailing commas.
Ecto.Query.Query[from: module]
x[a: 1, b: 2]
x[a: 1,]
x[
  a: 1
]
x.y[a: 1][b: 2]
@x[a: f(b)]
x[1,]
