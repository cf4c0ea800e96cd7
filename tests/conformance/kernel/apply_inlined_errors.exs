# The errors of Kernel's inlined functions called dynamically are the
# errors of the :erlang functions they call.
calls = [
  {:elem, [{1}, 5]},
  {:elem, [{1}, :a]},
  {:elem, [:x, 0]},
  {:put_elem, [{1}, 3, 0]},
  {:rem, [:a, 2]},
  {:rem, [1, 0]},
  {:div, [1, 0]},
  {:div, [1.0, 2]},
  {:hd, [[]]},
  {:tl, [1]},
  {:length, [:x]},
  {:length, [[1 | 2]]},
  {:+, [1, :a]},
  {:-, [:a]},
  {:+, [:a]},
  {:/, [1.5, 0]},
  {:abs, [:a]},
  {:byte_size, [:a]},
  {:bit_size, [1]},
  {:is_map_key, [1, :a]},
  {:map_size, [:a]},
  {:tuple_size, [:a]},
  {:round, [:a]},
  {:trunc, ["1"]},
  {:not, [1]},
  {:binary_part, ["abc", 2, 5]},
  {:binary_part, [3, 1]},
  {:is_function, [1, -1]},
  {:++, [:a, [1]]},
  {:--, [[1], :a]},
  {:no_such, [1]}
]

for {f, args} <- calls do
  try do
    IO.inspect apply(Kernel, f, args)
  rescue
    e -> IO.puts "#{f}/#{length(args)}: #{inspect e.__struct__}: #{Exception.message(e)}"
  end
end
IO.inspect(try do is_function(1, -1) rescue e -> e end)
IO.inspect(try do is_function(1, :a) rescue e -> e end)
IO.inspect(try do is_function(1, 1000000000000000000000) rescue e -> e end)
IO.inspect(try do is_function(1, 256) rescue e -> e end)
