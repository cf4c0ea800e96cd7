m = %{%{a: 1} => :map_key, [1, 2] => :list_key, {:t} => :tuple_key}
IO.inspect(m)
IO.inspect(m[%{a: 1}])
IO.inspect(Map.get(m, %{a: 1.0}))
IO.inspect(Map.get(m, [1, 2]))
IO.inspect(%{1 => :a, 2.0 => :b, 3 => :c})
IO.inspect(Map.keys(%{1.0 => :x, 1 => :y, 0.5 => :z, 2 => :w}))
