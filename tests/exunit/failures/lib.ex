defmodule Calc do
  @moduledoc """
  Calc.

      iex> Calc.add(1, 2)
      3
  """

  @doc """
  Adds.

      iex> Calc.add(1, 2)
      3

      iex> Calc.add(1, 1)
      3
  """
  def add(a, b), do: a + b
end
