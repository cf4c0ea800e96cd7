[&!/1, &-/1, &../2, &&&/2, &++/2, &<>/2, &when/2, &in/2, &not/1, &and/2, &@/1, &^/1, &=/2, &|>/2, &::/2, &|/2, &//2]
defmacro ~~~expr do
  quote do: :erlang.bnot(unquote(expr))
end
defmacro left &&& right do
  quote do: :erlang.band(unquote(left), unquote(right))
end
def left ++ right, do: :erlang.++(left, right)
