defprotocol Keys do
  def keys(x)
end

defimpl Keys, for: Map do
  def keys(m), do: m |> Map.keys() |> length()
end

defmodule S do
  defstruct a: 1, b: 2
end

defmodule Main do
  def run do
    IO.inspect(Keys.keys(%{x: 1}))
    IO.inspect(Keys.keys(Map.from_struct(%S{})))
    IO.inspect(Keys.impl_for(%S{}))

    try do
      Keys.keys(%S{})
    rescue
      e -> IO.puts(Exception.message(e))
    end

    IO.inspect(Keys.keys(%{__struct__: 1}))
  end
end

Main.run()
