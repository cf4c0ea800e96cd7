# MapSet, from Elixir 1.14's lib/elixir/lib/map_set.ex (docs and specs removed).
defmodule MapSet do

  @dummy_value []

  defstruct map: %{}, version: 2

  def new(), do: %MapSet{}

  def new(enumerable)

  def new(%__MODULE__{} = map_set), do: map_set

  def new(enumerable) do
    keys = Enum.to_list(enumerable)
    %MapSet{map: Map.from_keys(keys, @dummy_value)}
  end

  def new(enumerable, transform) when is_function(transform, 1) do
    keys = Enum.map(enumerable, transform)
    %MapSet{map: Map.from_keys(keys, @dummy_value)}
  end

  def delete(%MapSet{map: map} = map_set, value) do
    %{map_set | map: Map.delete(map, value)}
  end

  def difference(map_set1, map_set2)

  def difference(%MapSet{map: map1}, %MapSet{map: map2})
      when map_size(map1) < map_size(map2) * 2 do
    map =
      map1
      |> :maps.iterator()
      |> :maps.next()
      |> filter_not_in(map2, [])

    %MapSet{map: map}
  end

  def difference(%MapSet{map: map1} = map_set, %MapSet{map: map2}) do
    %{map_set | map: Map.drop(map1, Map.keys(map2))}
  end

  defp filter_not_in(:none, _map2, acc), do: Map.from_keys(acc, @dummy_value)

  defp filter_not_in({key, _val, iter}, map2, acc) do
    if is_map_key(map2, key) do
      filter_not_in(:maps.next(iter), map2, acc)
    else
      filter_not_in(:maps.next(iter), map2, [key | acc])
    end
  end

  def symmetric_difference(%MapSet{map: map1}, %MapSet{map: map2}) do
    {small, large} = order_by_size(map1, map2)

    map =
      large
      |> :maps.iterator()
      |> :maps.next()
      |> disjointer(small, [])

    %MapSet{map: map}
  end

  defp disjointer(:none, small, list) do
    list |> Map.from_keys(@dummy_value) |> Map.merge(small)
  end

  defp disjointer({key, _val, iter}, small, list) do
    if is_map_key(small, key) do
      iter
      |> :maps.next()
      |> disjointer(Map.delete(small, key), list)
    else
      iter
      |> :maps.next()
      |> disjointer(small, [key | list])
    end
  end

  def disjoint?(%MapSet{map: map1}, %MapSet{map: map2}) do
    {map1, map2} = order_by_size(map1, map2)

    map1
    |> :maps.iterator()
    |> :maps.next()
    |> none_in?(map2)
  end

  defp none_in?(:none, _), do: true

  defp none_in?({key, _val, iter}, map2) do
    not is_map_key(map2, key) and none_in?(:maps.next(iter), map2)
  end

  def equal?(%MapSet{map: map1, version: version}, %MapSet{map: map2, version: version}) do
    map1 === map2
  end

  def equal?(%MapSet{map: map1}, %MapSet{map: map2}) do
    map_size(map1) == map_size(map2) and all_in?(map1, map2)
  end

  def intersection(%MapSet{map: map1} = map_set, %MapSet{map: map2}) do
    {map1, map2} = order_by_size(map1, map2)
    %{map_set | map: Map.take(map2, Map.keys(map1))}
  end

  def member?(%MapSet{map: map}, value) do
    is_map_key(map, value)
  end

  def put(%MapSet{map: map} = map_set, value) do
    %{map_set | map: Map.put(map, value, @dummy_value)}
  end

  def size(%MapSet{map: map}) do
    map_size(map)
  end

  def subset?(%MapSet{map: map1}, %MapSet{map: map2}) do
    map_size(map1) <= map_size(map2) and all_in?(map1, map2)
  end

  defp all_in?(:none, _), do: true

  defp all_in?({key, _val, iter}, map2) do
    :erlang.is_map_key(key, map2) and all_in?(:maps.next(iter), map2)
  end

  defp all_in?(map1, map2) when is_map(map1) and is_map(map2) do
    map1
    |> :maps.iterator()
    |> :maps.next()
    |> all_in?(map2)
  end

  def to_list(%MapSet{map: map}) do
    Map.keys(map)
  end

  def union(map_set1, map_set2)

  def union(%MapSet{map: map1, version: version} = map_set, %MapSet{map: map2, version: version}) do
    %{map_set | map: Map.merge(map1, map2)}
  end

  def union(%MapSet{map: map1}, %MapSet{map: map2}) do
    keys = Map.keys(map1) ++ Map.keys(map2)
    %MapSet{map: Map.from_keys(keys, @dummy_value)}
  end


  defp order_by_size(map1, map2) when map_size(map1) > map_size(map2), do: {map2, map1}
  defp order_by_size(map1, map2), do: {map1, map2}

  def filter(%MapSet{map: map}, fun) when is_map(map) and is_function(fun) do
    iter = :maps.iterator(map)
    next = :maps.next(iter)
    keys = filter_keys(next, fun)
    %MapSet{map: Map.from_keys(keys, @dummy_value)}
  end

  defp filter_keys(:none, _fun), do: []

  defp filter_keys({key, _value, iter}, fun) do
    if fun.(key) do
      [key | filter_keys(:maps.next(iter), fun)]
    else
      filter_keys(:maps.next(iter), fun)
    end
  end

  def reject(%MapSet{map: map}, fun) when is_map(map) and is_function(fun) do
    iter = :maps.iterator(map)
    next = :maps.next(iter)
    keys = reject_keys(next, fun)
    %MapSet{map: Map.from_keys(keys, @dummy_value)}
  end

  defp reject_keys(:none, _fun), do: []

  defp reject_keys({key, _value, iter}, fun) do
    if fun.(key) do
      reject_keys(:maps.next(iter), fun)
    else
      [key | reject_keys(:maps.next(iter), fun)]
    end
  end

  defimpl Enumerable do
    def count(map_set) do
      {:ok, MapSet.size(map_set)}
    end

    def member?(map_set, val) do
      {:ok, MapSet.member?(map_set, val)}
    end

    def slice(map_set) do
      size = MapSet.size(map_set)
      {:ok, size, &MapSet.to_list/1}
    end

    def reduce(map_set, acc, fun) do
      Enumerable.List.reduce(MapSet.to_list(map_set), acc, fun)
    end
  end

  defimpl Collectable do
    def into(map_set) do
      fun = fn
        list, {:cont, x} -> [x | list]
        list, :done -> %{map_set | map: Map.merge(map_set.map, Map.from_keys(list, []))}
        _, :halt -> :ok
      end

      {[], fun}
    end
  end

  defimpl Inspect do
    import Inspect.Algebra

    def inspect(map_set, opts) do
      opts = %Inspect.Opts{opts | charlists: :as_lists}
      concat(["MapSet.new(", Inspect.List.inspect(MapSet.to_list(map_set), opts), ")"])
    end
  end
end

