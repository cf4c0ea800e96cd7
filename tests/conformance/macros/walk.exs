ast = quote do: a + b * foo(c, 1)

IO.inspect(Macro.prewalk(ast, fn
  {name, meta, ctx} when is_atom(name) and is_atom(ctx) -> {name, meta, ctx}
  n when is_integer(n) -> n * 100
  other -> other
end) |> Macro.to_string())

renamed = Macro.postwalk(ast, fn
  {:c, meta, ctx} when is_atom(ctx) -> {:renamed, meta, ctx}
  other -> other
end)
IO.puts(Macro.to_string(renamed))

{_, vars} = Macro.prewalk(ast, [], fn
  {name, _, ctx} = var, acc when is_atom(name) and is_atom(ctx) -> {var, [name | acc]}
  other, acc -> {other, acc}
end)
IO.inspect(vars)

{_, count} = Macro.postwalk(ast, 0, fn node, acc -> {node, acc + 1} end)
IO.inspect(count)

{_, order} =
  Macro.traverse(quote(do: f(x, 2)), [],
    fn node, acc -> {node, [{:pre, Macro.to_string(node)} | acc]} end,
    fn node, acc -> {node, [{:post, Macro.to_string(node)} | acc]} end)
order |> :lists.reverse() |> IO.inspect()

try do
  Macro.prewalk(ast, fn _ -> raise "inside walk" end)
rescue
  RuntimeError -> IO.puts("raised inside the walk")
end
