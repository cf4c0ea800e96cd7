# Compiled after geometry.ex by the same `vial compile`: its top level calls
# Geometry while compiling, so that module must already be loaded.
IO.puts("Uses sees #{Geometry.name()}")

defmodule Uses do
  def twice(x), do: {x * 2, Geometry.area({:rect, 2, 5})}
end
