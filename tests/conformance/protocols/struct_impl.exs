defprotocol Area do
  @spec area(t) :: number
  def area(shape)
end

defmodule Square do
  defstruct side: 1
end

defmodule Circle do
  defstruct r: 1
end

defimpl Area, for: Square do
  def area(%Square{side: s}), do: s * s
end

defimpl Area, for: Circle do
  @impl true
  def area(%Circle{r: r}), do: 3 * r * r
end

defimpl Area, for: Map do
  def area(_), do: :plain_map
end

defmodule Main do
  def run do
    IO.inspect(Area.area(%Square{side: 3}))
    IO.inspect(Area.area(%Circle{r: 2}))
    IO.inspect(Area.area(%{side: 3}))
    IO.inspect(Enum.map([%Square{side: 2}, %Circle{}], &Area.area/1))
    IO.inspect(Area.impl_for(%Square{}))
    IO.inspect(Area.impl_for(%{}))
    IO.inspect(Area.impl_for(%{__struct__: "not an atom"}))
    IO.inspect(Area.Square.__impl__(:for))
    IO.inspect(Area.Circle.__impl__(:protocol))
    IO.inspect(Area.__protocol__(:functions))
  end
end

Main.run()
