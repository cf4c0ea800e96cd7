# A module nested in another (defmodule, defprotocol, defimpl) sees the
# enclosing body's aliases, imports and requires where it is nested.
defmodule Outer do
  alias String, as: S
  import Integer, only: [is_even: 1]
  require Logger

  defmodule Point do
    defstruct x: 0, y: 0
  end

  defmodule Shapes do
    def origin, do: %Point{}
    def shout(s), do: S.upcase(s)
    def even?(n) when is_even(n), do: true
    def even?(_), do: false
    def point_module, do: Point
  end

  defprotocol Area do
    def area(shape)
  end

  defimpl Area, for: Point do
    def area(%Point{x: x, y: y}), do: x * y
  end

  defimpl Area, for: List do
    def area(list), do: {Point, length(list), S.duplicate("*", 2)}
  end

  defmodule Deep do
    defmodule Inner do
      def both, do: {%Point{x: 1}, Shapes.shout("deep")}
    end
  end

  alias Outer.Shapes, as: Later

  defmodule AfterAlias do
    def later, do: Later.origin()
  end
end

defmodule Main do
  def run do
    IO.inspect(Outer.Shapes.origin())
    IO.inspect(Outer.Shapes.shout("hi"))
    IO.inspect({Outer.Shapes.even?(4), Outer.Shapes.even?(3)})
    IO.inspect(Outer.Shapes.point_module())
    IO.inspect(Outer.Area.area(%Outer.Point{x: 3, y: 4}))
    IO.inspect(Outer.Area.area([1, 2]))
    IO.inspect(Outer.Deep.Inner.both())
    IO.inspect(Outer.AfterAlias.later())
    IO.inspect(Outer.Area.impl_for(%Outer.Point{}))
  end
end

Main.run()
