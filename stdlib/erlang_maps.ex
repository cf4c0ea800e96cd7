# The :maps functions that take funs or iterate, written in Elixir as OTP
# 25's maps.erl behaves (the rest of :maps is native: runtime/builtins/map.cpp).
# An iterator is the map's list of pairs, in the map's order (:none once
# exhausted, as BEAM's last step gives).
defmodule :maps do
  def iterator(map) when is_map(map), do: :maps.to_list(map)

  def next([{key, value}]), do: {key, value, :none}
  def next([{key, value} | rest]), do: {key, value, rest}
  def next([]), do: :none
  def next(:none), do: :none

  def fold(fun, init, map) when is_function(fun, 3) and is_map(map),
    do: fold_pairs(:maps.to_list(map), fun, init)

  defp fold_pairs([{k, v} | rest], fun, acc), do: fold_pairs(rest, fun, fun.(k, v, acc))
  defp fold_pairs([], _fun, acc), do: acc

  def map(fun, map) when is_function(fun, 2) and is_map(map),
    do: :maps.from_list(for {k, v} <- :maps.to_list(map), do: {k, fun.(k, v)})

  def filter(pred, map) when is_function(pred, 2) and is_map(map),
    do: :maps.from_list(for {k, v} <- :maps.to_list(map), pred.(k, v), do: {k, v})

  def filtermap(fun, map) when is_function(fun, 2) and is_map(map) do
    pairs =
      for {k, v} <- :maps.to_list(map), reduce: [] do
        acc ->
          case fun.(k, v) do
            true -> [{k, v} | acc]
            {true, new} -> [{k, new} | acc]
            false -> acc
          end
      end

    :maps.from_list(pairs)
  end

  def foreach(fun, map) when is_function(fun, 2) and is_map(map) do
    Enum.each(:maps.to_list(map), fn {k, v} -> fun.(k, v) end)
    :ok
  end

  def with(keys, map) when is_list(keys) and is_map(map), do: Map.take(map, keys)
  def without(keys, map) when is_list(keys) and is_map(map), do: Map.drop(map, keys)

  def update_with(key, fun, map) when is_function(fun, 1) and is_map(map) do
    case map do
      %{^key => value} -> %{map | key => fun.(value)}
      %{} -> :erlang.error({:badkey, key})
    end
  end

  def update_with(key, fun, init, map) when is_function(fun, 1) and is_map(map) do
    case map do
      %{^key => value} -> %{map | key => fun.(value)}
      %{} -> :maps.put(key, init, map)
    end
  end

  def from_keys(keys, value) when is_list(keys), do: :maps.from_list(for k <- keys, do: {k, value})

  def intersect(map1, map2) when is_map(map1) and is_map(map2),
    do: intersect_with(fn _k, _v1, v2 -> v2 end, map1, map2)

  def intersect_with(fun, map1, map2) when is_function(fun, 3) and is_map(map1) and is_map(map2) do
    :maps.from_list(for {k, v1} <- :maps.to_list(map1), :erlang.is_map_key(k, map2), do: {k, fun.(k, v1, :erlang.map_get(k, map2))})
  end

  def merge_with(fun, map1, map2) when is_function(fun, 3) and is_map(map1) and is_map(map2) do
    :lists.foldl(
      fn {k, v2}, acc ->
        case acc do
          %{^k => v1} -> :maps.put(k, fun.(k, v1, v2), acc)
          _ -> :maps.put(k, v2, acc)
        end
      end,
      map1,
      :maps.to_list(map2)
    )
  end

  def groups_from_list(key_fun, list), do: groups_from_list(key_fun, fn x -> x end, list)

  def groups_from_list(key_fun, value_fun, list) when is_function(key_fun, 1) and is_function(value_fun, 1) do
    acc = :lists.foldl(fn x, acc ->
      k = key_fun.(x)
      :maps.put(k, [value_fun.(x) | :maps.get(k, acc, [])], acc)
    end, %{}, list)
    :maps.map(fn _k, v -> :lists.reverse(v) end, acc)
  end
end
