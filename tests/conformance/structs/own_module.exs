defmodule Stack do
  defstruct items: []

  def new, do: %__MODULE__{}
  def push(%__MODULE__{items: items} = s, x), do: %__MODULE__{s | items: [x | items]}
  def pop(%Stack{items: [x | rest]} = s), do: {x, %{s | items: rest}}
  def size(%Stack{items: items}), do: length(items)
end

defmodule Main do
  def run do
    s = Stack.new() |> Stack.push(1) |> Stack.push(2) |> Stack.push(3)
    IO.inspect(s)
    {top, s} = Stack.pop(s)
    IO.inspect(top)
    IO.inspect(Stack.size(s))
    IO.inspect(s)
  end
end

Main.run()
