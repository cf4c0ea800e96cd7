defmodule T do
  defstruct v: 0
end

defmodule Main do
  def kind(x) when is_struct(x, T), do: :t
  def kind(x) when is_struct(x), do: :struct
  def kind(x) when is_map(x), do: :map
  def kind(_), do: :other

  def run do
    IO.inspect(kind(%T{}))
    IO.inspect(kind(1..2))
    IO.inspect(kind(%{}))
    IO.inspect(kind(:t))
    IO.inspect(is_struct(%T{}))
    IO.inspect(is_struct(%T{}, T))
    IO.inspect(is_struct(%T{}, Range))
    IO.inspect(is_struct(%{__struct__: 1}))
    IO.inspect(is_struct([]))
  end
end

Main.run()
