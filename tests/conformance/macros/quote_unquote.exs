x = 5
IO.inspect(quote do: unquote(x) + 1)
IO.inspect(quote do: unquote(1 + 2) * 3)
IO.inspect(quote do: {unquote(x), 1})
IO.inspect(quote do: [unquote(x), unquote(x * 2)])
name = :hello
IO.inspect(quote do: unquote(name)(1))
inner = quote do: a + b
{:f, [], [arg]} = quote do: f(unquote(inner))
IO.inspect(arg == inner)
IO.inspect(quote do: unquote(:mod).fun())
IO.inspect(quote unquote: false, do: unquote(x))
IO.inspect(quote do: quote(do: unquote(x)))
