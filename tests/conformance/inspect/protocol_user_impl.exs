# A user's defimpl Inspect is used by inspect/1,2, IO.inspect and interpolation.
defmodule Point do
  defstruct [:x, :y]
end

defimpl Inspect, for: Point do
  import Inspect.Algebra

  def inspect(%Point{x: x, y: y}, opts) do
    concat(["#Point<", to_doc(x, opts), ", ", to_doc(y, opts), ">"])
  end
end

defmodule Main do
  def run do
    p = %Point{x: 1, y: 2}
    IO.inspect(p)
    IO.puts(inspect(p))
    IO.puts("point: #{inspect(p)}")
    IO.inspect(p, label: "labelled")
    IO.puts(inspect(%Point{x: "a", y: [1, 2]}))
    IO.puts(inspect(%Point{x: 1.5, y: :atom}, pretty: true))
    IO.puts(inspect(%Point{x: 255, y: -3}, base: :hex))
    IO.puts(inspect(p, structs: false))
    IO.inspect(Inspect.impl_for(p))
    IO.inspect(Inspect.Point.inspect(p, %Inspect.Opts{}))
    same = IO.inspect(p)
    IO.puts(same == p)
  end
end

Main.run()
