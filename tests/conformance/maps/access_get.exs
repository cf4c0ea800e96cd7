m = %{a: 1, "b" => 2}
IO.inspect(m[:a])
IO.inspect(m["b"])
IO.inspect(m[:zzz])
kw = [x: 1, y: 2, x: 3]
IO.inspect(kw[:x])
IO.inspect(kw[:y])
IO.inspect(kw[:q])
n = nil
IO.inspect(n[:a])
nested = %{a: %{b: %{c: :deep}}}
IO.inspect(nested[:a][:b][:c])
IO.inspect(nested[:x][:y])
