# Tuple (Elixir 1.14's lib/elixir/lib/tuple.ex).
defmodule Tuple do
  def duplicate(data, size), do: :erlang.make_tuple(size, data)
  def to_list(tuple), do: :erlang.tuple_to_list(tuple)
  def append(tuple, value), do: :erlang.append_element(tuple, value)

  def insert_at(tuple, index, value) when is_tuple(tuple) and is_integer(index) do
    if index < 0 or index > tuple_size(tuple), do: :erlang.error(:badarg)
    {left, right} = Enum.split(:erlang.tuple_to_list(tuple), index)
    :erlang.list_to_tuple(left ++ [value | right])
  end

  def delete_at(tuple, index) when is_tuple(tuple) and is_integer(index) do
    if index < 0 or index >= tuple_size(tuple), do: :erlang.error(:badarg)
    {left, [_ | right]} = Enum.split(:erlang.tuple_to_list(tuple), index)
    :erlang.list_to_tuple(left ++ right)
  end

  def sum(tuple) when is_tuple(tuple), do: Enum.sum(:erlang.tuple_to_list(tuple))
  def product(tuple) when is_tuple(tuple), do: Enum.product(:erlang.tuple_to_list(tuple))
end
