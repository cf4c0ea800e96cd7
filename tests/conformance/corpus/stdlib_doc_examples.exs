# Found by running Elixir 1.14's own iex> examples: flat_map with ranges,
# the `..` full-slice range, Float.parse out of range
IO.inspect(Enum.flat_map([{1, 3}, {4, 6}], fn {x, y} -> x..y end))
IO.inspect(Enum.flat_map([1, 2], fn x -> MapSet.new([x, x * 10]) end) |> Enum.sort())
IO.inspect(Enum.flat_map(1..3, fn x -> [x, x] end))
IO.inspect(Enum.flat_map(%{a: 1}, fn {k, v} -> [k, v] end))
IO.inspect(..)
IO.inspect(String.slice("elixir", ..))
IO.inspect(Enum.slice([1, 2, 3], ..))
IO.inspect(Enum.to_list(..))
r = ..
IO.inspect({r.first, r.last, r.step})
IO.inspect(Float.parse("1.7976931348623159e+308"))
IO.inspect(Float.parse("1.0e400abc"))
IO.inspect(Float.parse("-1.0e400"))
IO.inspect(Float.parse("1e-400"))
IO.inspect(Float.parse("2.5e3x"))
