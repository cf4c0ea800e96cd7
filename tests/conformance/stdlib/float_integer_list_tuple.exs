IO.inspect [Float.parse("1.5abc"), Float.parse("1"), Float.parse("1e3"), Float.parse(".5"), Float.parse("1."), Float.parse("-1.5"), Float.parse("+2.5"), Float.parse("1.5e"), Float.parse("1.5e-2x"), Float.parse("abc"), Float.parse("007.5"), Float.parse("1_000.5")]
IO.inspect [Float.round(2.675, 2), Float.round(1.5), Float.round(-1.5), Float.round(5.5675,3), Float.ceil(-0.01, 1), Float.floor(3.999, 2), Float.ceil(1.001), Float.to_string(0.1), Float.round(123.456, 0)]
IO.inspect [Float.round(-0.001, 2), Float.floor(-0.5), Float.ceil(-0.5), Float.round(-0.4), Float.round(0.0, 2), Float.round(-0.0), Float.round(1.0e20, 2), Float.round(1.23456789e-10, 12), Float.floor(-3.999, 2)]
try do Float.round(1.5, 16) rescue e -> IO.inspect e end
IO.inspect Float.ratio(0.75)
IO.inspect {Atom.to_string(:hello), Atom.to_charlist(:hi)}
IO.inspect {Tuple.to_list({1, 2}), Tuple.append({1}, 2), Tuple.insert_at({1, 3}, 1, 2), Tuple.delete_at({1, 2, 3}, 0), Tuple.duplicate(:a, 3)}
require Integer
IO.inspect {Integer.parse("12abc"), Integer.parse("-7"), Integer.parse("ff", 16), Integer.parse("x"), Integer.is_even(4), Integer.is_odd(4)}
IO.inspect {Integer.mod(-7, 3), Integer.floor_div(-7, 2), Integer.gcd(12, 18), Integer.undigits([1, 2, 3]), Integer.digits(1234)}
IO.inspect {List.delete_at([1, 2, 3], 1), List.insert_at([1, 2], 1, :x), List.replace_at([1, 2], 0, :y), List.update_at([1, 2], 1, &(&1 * 10))}
IO.inspect {List.keyfind([a: 1, b: 2], :b, 0), List.keydelete([a: 1, b: 2], :a, 0), List.keystore([a: 1], :b, 0, {:b, 3}), List.keysort([{:b, 1}, {:a, 2}], 0)}
IO.inspect {List.foldl([1, 2, 3], 0, &+/2), List.foldr([1, 2, 3], [], &[&1 | &2]), List.zip([[1, 2], [:a, :b]]), List.to_string([?a, "bc", [?d]])}
IO.inspect {List.pop_at([1, 2, 3], 0), List.starts_with?([1, 2, 3], [1, 2]), List.flatten([1, [2, [3]]], [4]), List.to_integer(~c"42"), List.to_atom(~c"abc")}
IO.inspect :erlang.float_to_binary(3.14159, decimals: 2)
IO.inspect :erlang.float_to_binary(1.0, [:compact, decimals: 4])
IO.inspect String.to_float("2.5e3")
x = 1.0 / 3
IO.puts "x = #{Float.round(x, 4)}"
