# Wildcard rows between constructor rows: clause order is kept.
defmodule O do
  def f(:a, _), do: 1
  def f(_, :b), do: 2
  def f(:c, :c), do: 3
  def f(x, :d) when is_atom(x), do: 4
  def f(:a, :e), do: :never
  def f({x, _}, {_, x}), do: 5
  def f({_, _}, _), do: 6
  def f([_ | _], []), do: 7
  def f(_, _), do: 8

  def g(0, 0), do: :origin
  def g(0, _), do: :y_axis
  def g(_, 0), do: :x_axis
  def g(x, x), do: :diagonal
  def g(x, y) when x == -y, do: :anti
  def g(_, _), do: :plane
end

pairs = [{:a, :b}, {:x, :b}, {:c, :c}, {:c, :d}, {1, :d}, {:a, :e}, {{1, 2}, {3, 1}},
         {{1, 2}, {3, 4}}, {[1], []}, {[], []}, {"s", 1}]
for {a, b} <- pairs, do: IO.inspect(O.f(a, b))
for {a, b} <- [{0, 0}, {0, 1}, {1, 0}, {2, 2}, {2, -2}, {2, 3}, {2.0, 2}], do: IO.inspect(O.g(a, b))
