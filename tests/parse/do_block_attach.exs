case x do _ -> 1 end |> f
if a do 1 end + 1
f(if a do 1 end)
[if a do 1 end]
foo bar baz do end
if foo.bar do end
x = foo bar do 1 end
foo a, b do 1 end
foo.bar(a) do 1 end
-if a do 1 end
if a do 1 end
|> f
f a, do: 1 do 2 end
foo bar(1) do 2 end
foo @bar do end
foo bar, baz: 1 do end
foo(bar do end)
foo bar(baz do end)
@foo bar do end
