defmodule Adder do
  @doc """
      iex> Adder.add(2, 3)
      5
  """
  def add(a, b), do: a + b
end
