# defimpl inside the struct's module, for: a list of structs, and IO.inspect/3.
defmodule Celsius do
  defstruct [:deg]

  defimpl Inspect do
    def inspect(%{deg: d}, _), do: "#{d}C"
  end
end

defmodule A1 do
  defstruct [:v]
end

defmodule A2 do
  defstruct [:v]
end

defimpl Inspect, for: [A1, A2] do
  import Inspect.Algebra

  def inspect(%mod{v: v}, opts) do
    concat([Kernel.inspect(mod), "(", to_doc(v, opts), ")"])
  end
end

defmodule Main do
  def run do
    IO.inspect(%Celsius{deg: 20})
    IO.inspect(%A1{v: 1})
    IO.inspect(%A2{v: [%A1{v: 2}]})
    IO.inspect(:stdio, %A1{v: %Celsius{deg: -1}}, [])
    IO.inspect(:stdio, [%Celsius{deg: 1}], label: "temps")
    IO.inspect(Inspect.impl_for(%A2{}))
    IO.inspect(Inspect.A1.__impl__(:for))
    r = IO.inspect(%A1{v: 3}, label: "ret")
    IO.inspect(r.v)
  end
end

Main.run()
