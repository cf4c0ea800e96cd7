defmodule Util do
  @moduledoc """
      iex> double(2)
      4
  """
  @doc """
      iex> double(21)
      42
  """
  def double(x), do: x * 2

  @doc false
  def hidden, do: :h

  @doc "No examples here."
  def plain, do: :p
end
