f = &apply/3
IO.inspect(f.(Enum, :sum, [[1, 2, 3]]))
g = &apply/2
IO.inspect(g.(&Enum.reverse/1, [[1, 2]]))
h = &Kernel.apply/3
IO.inspect(h.(List, :first, [[:a, :b]]))
IO.inspect(is_function(f, 3) and is_function(g, 2))
IO.inspect(Enum.map([[1, 2], [3, 4]], &apply(fn a, b -> a - b end, &1)))
IO.inspect(apply(Kernel, :apply, [fn x -> x * 2 end, [21]]))
IO.inspect(apply(Kernel, :apply, [Integer, :to_string, [255, 16]]))
IO.inspect(Enum.map([{Enum, :count, [[1, 2]]}, {String, :length, ["héllo"]}], fn {m, fun, a} -> apply(m, fun, a) end))
pipe = [1, 2, 3] |> Enum.map(&(&1 * 2)) |> (&apply(Enum, :sum, [&1])).()
IO.inspect(pipe)
