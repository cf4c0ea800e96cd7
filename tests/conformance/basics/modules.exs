defmodule Geometry do
  def perimeter(w, h), do: 2 * (w + h)
end

defmodule Report do
  def line(w, h) do
    "#{w}x#{h}: perimeter #{Geometry.perimeter(w, h)}, area #{Math.Helpers.area(w, h)}"
  end
end

defmodule Math.Helpers do
  def area(w, h), do: w * h
end

IO.puts(Report.line(3, 4))
IO.puts(Report.line(10, 1))
