defmodule Shape do
  defstruct kind: :circle, size: 1
end

defmodule Other do
  defstruct kind: :circle
end

defmodule Main do
  def area(%Shape{kind: :circle, size: r}), do: 3 * r * r
  def area(%Shape{kind: :square, size: s}), do: s * s
  def area(%_{}), do: :unknown_struct
  def area(_), do: :not_a_struct

  def run do
    IO.inspect(area(%Shape{size: 2}))
    IO.inspect(area(%Shape{kind: :square, size: 3}))
    IO.inspect(area(%Other{}))
    IO.inspect(area(%{kind: :circle}))
    %Shape{size: s} = %Shape{size: 9}
    IO.inspect(s)
    %name{} = %Other{}
    IO.inspect(name)
    mod = Shape
    IO.inspect(match?(%^mod{}, %Shape{}))
    IO.inspect(match?(%^mod{}, %Other{}))
  end
end

Main.run()
