defmodule Shapes do
  def area({:square, side}), do: side * side
  def area({:rect, w, h}), do: w * h
  def area({:triangle, b, h}), do: div(b * h, 2)

  def name(:square), do: "square"
  def name(:rect), do: "rectangle"
  def name(_other), do: "something else"
end

IO.puts(Shapes.area({:square, 4}))
IO.puts(Shapes.area({:rect, 3, 5}))
IO.puts(Shapes.area({:triangle, 7, 4}))
IO.puts(Shapes.name(:square))
IO.puts(Shapes.name(:rect))
IO.puts(Shapes.name(:circle))
