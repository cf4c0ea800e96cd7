defmodule Shapes do
  defmacro m, do: 1
end
require Shapes
IO.inspect Shapes.m()
