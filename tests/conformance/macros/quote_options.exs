IO.inspect(quote line: 10, do: x)
IO.inspect(quote line: 3, do: foo(y))
IO.inspect(quote location: :keep, do: x)
IO.inspect(quote bind_quoted: [a: 1], do: a)
IO.inspect(quote context: Foo, do: x)
IO.inspect(quote generated: true, do: bar(1))
v = {1, 2, 3}
{:__block__, [], [assign, body]} = quote bind_quoted: [v: v], do: v
IO.inspect(assign)
IO.inspect(body)
