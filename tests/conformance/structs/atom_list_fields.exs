defmodule Point do
  defstruct [:x, :y, z: 0]
end

defmodule Main do
  def run do
    IO.inspect(%Point{})
    IO.inspect(%Point{x: 1, y: 2})
    IO.inspect(%Point{x: 1, y: 2, z: 3})
    IO.inspect(Point.__struct__())
  end
end

Main.run()
