defmodule P do
  defstruct x: 0, y: 0
end

defmodule Main do
  def run do
    pts = for i <- 1..3, do: %P{x: i, y: i * i}
    IO.inspect(pts)
    IO.inspect(Enum.map(pts, & &1.y))
    IO.inspect(Enum.filter(pts, fn %P{x: x} -> x > 1 end))
    m = %{origin: %P{}}
    IO.inspect(m)
    IO.inspect(Enum.reverse(pts) |> hd())
  end
end

Main.run()
