# Enumerable and Collectable as protocols (docs/protocols.md), with Elixir's
# built-in impls. Enum keeps its list paths (stdlib/enum.ex) and reaches
# these for everything else.
defprotocol Enumerable do
  def count(enumerable)
  def member?(enumerable, element)
  def reduce(enumerable, acc, fun)
  def slice(enumerable)
end

defimpl Enumerable, for: List do
  def count(list), do: {:ok, length(list)}
  def member?(_list, _value), do: {:error, __MODULE__}
  def slice(_list), do: {:error, __MODULE__}

  def reduce(_list, {:halt, acc}, _fun), do: {:halted, acc}
  def reduce(list, {:suspend, acc}, fun), do: {:suspended, acc, &reduce(list, &1, fun)}
  def reduce([], {:cont, acc}, _fun), do: {:done, acc}
  def reduce([head | tail], {:cont, acc}, fun), do: reduce(tail, fun.(head, acc), fun)
end

defimpl Enumerable, for: Map do
  def count(map), do: {:ok, map_size(map)}

  def member?(map, {key, value}) do
    case map do
      %{^key => ^value} -> {:ok, true}
      _ -> {:ok, false}
    end
  end

  def member?(_map, _other), do: {:ok, false}
  def slice(_map), do: {:error, __MODULE__}
  def reduce(map, acc, fun), do: Enumerable.List.reduce(:maps.to_list(map), acc, fun)
end

defimpl Enumerable, for: Range do
  def count(range), do: {:ok, Range.size(range)}
  def member?(%{first: first, last: last, step: step}, value), do: {:ok, value in first..last//step}
  def slice(_range), do: {:error, __MODULE__}
  def reduce(range, acc, fun), do: Enumerable.List.reduce(Enum.to_list(range), acc, fun)
end

defimpl Enumerable, for: Function do
  def count(_function), do: {:error, __MODULE__}
  def member?(_function, _value), do: {:error, __MODULE__}
  def slice(_function), do: {:error, __MODULE__}

  def reduce(function, acc, fun) when is_function(function, 2), do: function.(acc, fun)

  def reduce(function, _acc, _fun) do
    raise Protocol.UndefinedError,
      protocol: @protocol,
      value: function,
      description: "only anonymous functions of arity 2 are enumerable"
  end
end

defprotocol Collectable do
  def into(collectable)
end

defimpl Collectable, for: List do
  def into(list) do
    fun = fn
      acc, {:cont, x} -> [x | acc]
      acc, :done -> list ++ :lists.reverse(acc)
      _acc, :halt -> :ok
    end

    {[], fun}
  end
end

defimpl Collectable, for: Map do
  def into(map) do
    fun = fn
      acc, {:cont, {key, value}} -> :maps.put(key, value, acc)
      acc, :done -> acc
      _acc, :halt -> :ok
    end

    {map, fun}
  end
end

defimpl Collectable, for: BitString do
  # A binary collects into iodata ([binary] to start), a bitstring by
  # appending; :done with nothing collected gives the original back.
  def into(binary) when is_binary(binary) do
    fun = fn
      acc, {:cont, x} when is_binary(x) and is_list(acc) -> [acc | x]
      acc, {:cont, x} when is_bitstring(x) and is_bitstring(acc) -> <<acc::bitstring, x::bitstring>>
      acc, {:cont, x} when is_bitstring(x) -> <<IO.iodata_to_binary(acc)::bitstring, x::bitstring>>
      acc, :done when is_bitstring(acc) -> acc
      acc, :done -> IO.iodata_to_binary(acc)
      _acc, :halt -> :ok
    end

    {[binary], fun}
  end

  def into(bitstring) do
    fun = fn
      acc, {:cont, x} when is_bitstring(x) -> <<acc::bitstring, x::bitstring>>
      acc, :done -> acc
      _acc, :halt -> :ok
    end

    {bitstring, fun}
  end
end
