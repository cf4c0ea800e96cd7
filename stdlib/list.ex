# List (Elixir 1.14's lib/elixir/lib/list.ex, the functions written so far).
defmodule List do
  def duplicate(elem, n) when is_integer(n) and n >= 0, do: duplicate_list(elem, n, [])

  defp duplicate_list(_elem, 0, acc), do: acc
  defp duplicate_list(elem, n, acc), do: duplicate_list(elem, n - 1, [elem | acc])

  def to_tuple(list), do: :erlang.list_to_tuple(list)

  def first([]), do: nil
  def first([head | _]), do: head

  def first([], default), do: default
  def first([head | _], _default), do: head

  def last([]), do: nil
  def last([head]), do: head
  def last([_ | tail]), do: last(tail)

  def flatten(list), do: :lists.flatten(list)

  def wrap(list) when is_list(list), do: list
  def wrap(nil), do: []
  def wrap(other), do: [other]
end
