# Inspect.Any and Inspect.Map called directly; structs: false.
defmodule Node2 do
  defstruct [:v, children: []]
end

defmodule Fancy do
  defstruct [:n]

  defimpl Inspect do
    def inspect(%{n: n}, _), do: "Fancy(#{n})"
  end
end

defmodule Main do
  def run do
    opts = %Inspect.Opts{}
    n = %Node2{v: 1, children: [%Node2{v: 2}]}
    IO.inspect(Inspect.Any.inspect(n, opts) |> Inspect.Algebra.format(80) |> IO.iodata_to_binary())
    IO.inspect(Inspect.Any.inspect(%Fancy{n: 1}, opts) |> Inspect.Algebra.format(80) |> IO.iodata_to_binary())
    IO.inspect(Inspect.Map.inspect(%Fancy{n: 1}, opts) |> Inspect.Algebra.format(80) |> IO.iodata_to_binary())
    IO.inspect(%Node2{v: %Fancy{n: 2}})
    IO.inspect(%Node2{v: %Fancy{n: 2}}, structs: false)
    IO.inspect(%{__struct__: Node2, extra: 1})
    IO.inspect(%{__struct__: NotDefined, a: 1})
    IO.inspect(Map.put(%Fancy{n: 1}, :extra, 2))
  end
end

Main.run()
