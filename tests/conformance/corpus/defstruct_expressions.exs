# defstruct takes any expression that evaluates to a list of fields
defmodule Sig do
  defstruct ~w[strength dexterity hitpoints]a
end

defmodule Attr do
  @fields [name: "x", tags: [], pos: {0, 0}]
  defstruct @fields
end

defmodule Computed do
  defstruct Enum.map(1..3, &{String.to_atom("f#{&1}"), &1 * 10})
end

defmodule Mixed do
  defstruct [:a] ++ [b: {:c, 1}]
end

defmodule Main do
  def run do
    IO.inspect(%Sig{})
    IO.inspect(%Sig{strength: 3}.strength)
    IO.inspect(%Attr{})
    IO.inspect(%Attr{name: "y"}.pos)
    IO.inspect(%Computed{})
    IO.inspect(%Mixed{})
    IO.inspect(Map.keys(%Mixed{}) |> Enum.sort())
  end
end

Main.run()

try do
  defmodule Bad do
    defstruct 5
  end
rescue
  e -> IO.inspect(e)
end

try do
  defmodule Bad2 do
    defstruct Enum.map([1], & &1)
  end
rescue
  e -> IO.inspect(e)
end
