IO.inspect(quote do: hd(x))
IO.inspect(quote do: is_atom(x))
IO.inspect(elem(quote(do: unless(a, do: 1)), 1))
IO.inspect(quote do: length([]))
