# Failures inside comprehensions: errors from bodies, reduce clauses, bad sources.
try_it = fn f ->
  try do
    IO.inspect(f.())
  catch
    kind, reason -> IO.inspect({kind, reason})
  end
end
try_it.(fn -> for x <- [1, 0], do: div(10, x) end)
try_it.(fn -> for x <- [1, 2], reduce: 0 do 0 -> x end end)
try_it.(fn -> for <<x <- :nope>>, do: x end)
try_it.(fn -> for x <- [1, :a], into: "", do: <<x>> end)
try_it.(fn -> for x <- [1, 2], do: throw({:stop, x}) end)
