IO.puts("compiling geometry")

defmodule Geometry do
  @pi 3.14159
  def area({:circle, r}), do: @pi * r * r
  def area({:rect, w, h}), do: w * h
  def big, do: 123456789012345678901234567890
  def name, do: "geometry é"
  def tags, do: [:a, {:b, [1.5, -7]}, "x"]
  defmodule Inner do
    def hi(x), do: "hi #{x}"
  end
end
