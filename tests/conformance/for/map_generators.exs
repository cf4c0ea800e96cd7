# Maps and keyword lists as generator sources.
m = %{a: 1, b: 2, c: 3}
IO.inspect(for {k, v} <- m, do: {k, v * 2})
IO.inspect(for {k, v} <- m, v > 1, do: k)
IO.inspect(for {_k, v} <- m, reduce: 0 do acc -> acc + v end)
IO.inspect(for {k, v} <- [x: 1, y: 2], into: %{}, do: {v, k})
IO.inspect(for {k, v} <- %{1 => "one", 2 => "two"}, into: "", do: "#{k}=#{v};")
IO.inspect(for x <- %{}, do: x)
