defmodule Bag do
  defstruct items: []
end
defimpl Enumerable, for: Bag do
  def count(%Bag{items: i}), do: {:ok, length(i)}
  def member?(%Bag{items: i}, x), do: {:ok, x in i}
  def slice(_), do: {:error, __MODULE__}
  def reduce(%Bag{items: i}, acc, fun), do: Enumerable.List.reduce(i, acc, fun)
end
defimpl Collectable, for: Bag do
  def into(%Bag{items: i}) do
    {i, fn
      acc, {:cont, x} -> [x | acc]
      acc, :done -> %Bag{items: acc}
      _, :halt -> :ok
    end}
  end
end
defmodule Main do
  def run do
    b = %Bag{items: [3, 1, 2]}
    IO.inspect Enum.to_list(b)
    IO.inspect Enum.count(b)
    IO.inspect Enum.member?(b, 2)
    IO.inspect Enum.map(b, &(&1 * 2))
    IO.inspect Enum.sum(b)
    IO.inspect Enum.into([4, 5], b)
    IO.inspect Enum.take(b, 2)
    IO.inspect Enumerable.impl_for(b)
    IO.inspect Enumerable.impl_for([])
    IO.inspect Enumerable.impl_for(1..2)
    IO.inspect Enumerable.impl_for(%{})
    IO.inspect Collectable.impl_for([])
    IO.inspect String.Chars.impl_for(1)
    IO.inspect Enumerable.reduce([1,2,3], {:cont, 0}, fn x, a -> if x > 1, do: {:halt, a + x}, else: {:cont, a + x} end)
    {:suspended, acc, cont} = Enumerable.reduce([1,2,3], {:cont, 0}, fn x, a -> {:suspend, a + x} end)
    IO.inspect acc
    IO.inspect elem(cont.({:cont, acc}), 0)
    IO.inspect for x <- [9], into: b, do: x
  end
end
Main.run
