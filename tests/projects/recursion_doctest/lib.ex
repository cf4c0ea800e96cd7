defmodule MyList do
  @moduledoc """
  List functions written with recursion.

      iex> MyList.count([1, 2, 3])
      3
  """

  @doc """
  Reverses a list.

      iex> MyList.reverse([1, 2, 3])
      [3, 2, 1]

      iex> [1, 2]
      ...> |> MyList.reverse()
      ...> |> MyList.reverse()
      [1, 2]
  """
  def reverse(list), do: do_reverse(list, [])

  defp do_reverse([], acc), do: acc
  defp do_reverse([h | t], acc), do: do_reverse(t, [h | acc])

  @doc """
      iex> MyList.count([])
      0
      iex> MyList.count([:a])
      1
  """
  def count([]), do: 0
  def count([_ | t]), do: 1 + count(t)

  @doc """
  Maps and keeps only truthy results.

      iex> MyList.filter_map([1, 2, 3, 4], fn x -> if rem(x, 2) == 0, do: x * 10 end)
      [20, 40]
  """
  def filter_map([], _f), do: []

  def filter_map([h | t], f) do
    case f.(h) do
      nil -> filter_map(t, f)
      v -> [v | filter_map(t, f)]
    end
  end

  def flatten(list) when is_list(list), do: Enum.flat_map(list, &flatten/1)
  def flatten(x), do: [x]
end
