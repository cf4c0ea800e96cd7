# fn with several clauses, captured variables pinned in patterns.
limit = 3
tag = :keep

f = fn
  ^tag, x -> {:kept, x}
  :drop, _ -> :dropped
  t, x when x > limit -> {:over, t, x}
  t, x -> {:under, t, x}
end

IO.inspect(f.(:keep, 1))
IO.inspect(f.(:drop, 1))
IO.inspect(f.(:other, 5))
IO.inspect(f.(:other, 2))

classify = fn
  {:ok, v} -> v
  {:error, _} = e -> e
  [] -> :nothing
  [h | _] -> h
  other -> {:other, other}
end
IO.inspect(Enum.map([{:ok, 1}, {:error, :x}, [], [9, 8], 3], classify))

g = fn
  0 -> :zero
  1 -> :one
end
try do
  g.(2)
rescue
  e in FunctionClauseError -> IO.puts(Exception.message(e))
end
