defprotocol Shape do
  def area(shape)
end

defmodule Circle do
  defstruct [:r]
end

defmodule Rect do
  defstruct [:w, :h]
end

defimpl Shape, for: Circle do
  def area(%Circle{r: r}), do: 3.14159 * r * r
end

defimpl Shape, for: Rect do
  def area(%Rect{w: w, h: h}), do: w * h
end
