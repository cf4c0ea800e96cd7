defmodule Stack do
  defstruct items: []

  def new, do: %Stack{}
  def push(%Stack{items: items} = s, x), do: %{s | items: [x | items]}
  def pop(%Stack{items: []}), do: {:error, :empty}
  def pop(%Stack{items: [x | rest]} = s), do: {:ok, x, %{s | items: rest}}
  def size(%Stack{items: items}), do: length(items)
end
