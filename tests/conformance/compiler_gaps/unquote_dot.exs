# quote: Mod.unquote(name)(args) builds a remote call of the unquoted name.
name = :fun
q = quote do: Mod.unquote(name)(1, 2)
IO.inspect q
m = Enum
IO.inspect quote(do: unquote(m).sum([1, 2]))
IO.inspect quote(do: unquote(m).unquote(:max)([1, 2]))
IO.inspect Code.eval_quoted(quote(do: unquote(m).unquote(:max)([1, 2])))
