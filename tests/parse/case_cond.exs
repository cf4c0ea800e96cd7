case x do
  1 -> :one
  n when n > 1 -> :many
  _ -> :other
end
cond do
  a > b -> 1
  true -> 2
end
case f(x) do
  {:ok, a}, b when a > b -> a
end
