defmodule Shape do
  def area({:square, s}), do: s * s
  def area({:circle, r}), do: 3.14 * r * r
end

IO.puts(Shape.area({:square, 3}))
Shape.area({:triangle, 1, 2})
