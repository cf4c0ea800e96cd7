defmodule Shape do
  def area(%{kind: :square, side: s}), do: s * s
  def area(%{kind: :rect, w: w, h: h}), do: w * h
  def area(%{kind: kind}), do: {:unknown, kind}

  def describe(m) when is_map(m) and map_size(m) == 0, do: "empty"
  def describe(m) when is_map_key(m, :name), do: "named #{m.name}"
  def describe(m) when is_map(m), do: "map of #{map_size(m)}"
  def describe(_), do: "not a map"
end

IO.inspect(Shape.area(%{kind: :square, side: 3}))
IO.inspect(Shape.area(%{kind: :rect, w: 2, h: 5}))
IO.inspect(Shape.area(%{kind: :circle}))
IO.puts(Shape.describe(%{}))
IO.puts(Shape.describe(%{name: "Ann"}))
IO.puts(Shape.describe(%{a: 1, b: 2}))
IO.puts(Shape.describe([a: 1]))
f = fn
  %{x: x} -> x
  _ -> :none
end
IO.inspect(f.(%{x: 7}))
IO.inspect(f.(%{y: 7}))
