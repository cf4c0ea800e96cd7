# Kernel functions the compiler inlines are real functions of Kernel:
# apply/3, captures passed around and dynamic names reach them.
IO.inspect apply(Kernel, :rem, [7, 2])
IO.inspect apply(Kernel, :div, [-7, 2])
IO.inspect apply(Kernel, :+, [1, 2])
IO.inspect apply(Kernel, :-, [5])
IO.inspect apply(Kernel, :+, [5])
IO.inspect apply(Kernel, :*, [6, 7])
IO.inspect apply(Kernel, :/, [1, 4])
IO.inspect apply(Kernel, :elem, [{1, 2}, 1])
IO.inspect apply(Kernel, :put_elem, [{1, 2}, 1, :x])
IO.inspect apply(Kernel, :is_map_key, [%{a: 1}, :a])
IO.inspect apply(Kernel, :length, [[1, 2, 3]])
IO.inspect apply(Kernel, :hd, [[1, 2, 3]])
IO.inspect apply(Kernel, :tl, [[1, 2, 3]])
IO.inspect apply(Kernel, :abs, [-3.5])
IO.inspect apply(Kernel, :max, [1, :a])
IO.inspect apply(Kernel, :min, [1, :a])
IO.inspect apply(Kernel, :not, [false])
IO.inspect apply(Kernel, :byte_size, ["héllo"])
IO.inspect apply(Kernel, :bit_size, [<<1::3>>])
IO.inspect apply(Kernel, :tuple_size, [{}])
IO.inspect apply(Kernel, :map_size, [%{a: 1, b: 2}])
IO.inspect apply(Kernel, :round, [2.5])
IO.inspect apply(Kernel, :trunc, [-2.5])
IO.inspect apply(Kernel, :floor, [-2.5])
IO.inspect apply(Kernel, :ceil, [-2.5])
IO.inspect apply(Kernel, :binary_part, ["hello", 1, 3])
IO.inspect apply(Kernel, :++, [[1], [2]])
IO.inspect apply(Kernel, :--, [[1, 2, 1], [1]])
for op <- [:==, :!=, :===, :!==, :<, :>, :<=, :>=] do
  IO.inspect {op, apply(Kernel, op, [1, 1.0])}
end
for f <- [:is_atom, :is_binary, :is_bitstring, :is_boolean, :is_float, :is_function, :is_integer, :is_list, :is_map, :is_number, :is_pid, :is_port, :is_reference, :is_tuple] do
  IO.inspect {f, Enum.map([:a, "b", 1, 1.0, [], %{}, {}, true, &IO.puts/1], fn x -> apply(Kernel, f, [x]) end)}
end
IO.inspect apply(Kernel, :is_function, [&IO.puts/1, 1])
IO.inspect apply(Kernel, :is_pid, [apply(Kernel, :self, [])])
IO.inspect apply(Kernel, :is_reference, [apply(Kernel, :make_ref, [])])
IO.inspect apply(Kernel, :node, [])
IO.inspect catch_throw = (try do apply(Kernel, :throw, [:ball]) catch :throw, x -> {:caught, x} end)
IO.inspect (try do apply(Kernel, :exit, [:bye]) catch :exit, x -> {:exited, x} end)
