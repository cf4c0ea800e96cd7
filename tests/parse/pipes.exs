x
|> f()
|> g(1)
|> h
a |> b |> c
