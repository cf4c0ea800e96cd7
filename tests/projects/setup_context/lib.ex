defmodule Inventory do
  def new(items), do: Map.new(items)
  def add(inv, item, n), do: Map.update(inv, item, n, &(&1 + n))
  def total(inv), do: inv |> Map.values() |> Enum.sum()
end
