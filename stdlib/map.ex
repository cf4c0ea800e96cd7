# Map's higher-order functions, as Elixir 1.14's lib/elixir/lib/map.ex
# writes them. The rest of Map (get, put, fetch, merge, ...) is native
# (runtime/builtins/map.cpp); a call reaches whichever the function is.
defmodule Map do
  def update(map, key, default, fun) when is_function(fun, 1) do
    case map do
      %{^key => value} -> %{map | key => fun.(value)}
      %{} -> :maps.put(key, default, map)
      other -> :erlang.error({:badmap, other})
    end
  end

  def update!(map, key, fun) when is_function(fun, 1) do
    value = Map.fetch!(map, key)
    %{map | key => fun.(value)}
  end

  def get_lazy(map, key, fun) when is_function(fun, 0) do
    case map do
      %{^key => value} -> value
      %{} -> fun.()
      other -> :erlang.error({:badmap, other})
    end
  end

  def put_new_lazy(map, key, fun) when is_function(fun, 0) do
    case map do
      %{^key => _value} -> map
      %{} -> :maps.put(key, fun.(), map)
      other -> :erlang.error({:badmap, other})
    end
  end

  def filter(map, fun) when is_map(map) and is_function(fun, 1) do
    :maps.from_list(filter_pairs(:maps.to_list(map), fun))
  end

  defp filter_pairs([pair | rest], fun) do
    if fun.(pair), do: [pair | filter_pairs(rest, fun)], else: filter_pairs(rest, fun)
  end

  defp filter_pairs([], _fun), do: []

  def reject(map, fun) when is_map(map) and is_function(fun, 1) do
    :maps.from_list(reject_pairs(:maps.to_list(map), fun))
  end

  defp reject_pairs([pair | rest], fun) do
    if fun.(pair), do: reject_pairs(rest, fun), else: [pair | reject_pairs(rest, fun)]
  end

  defp reject_pairs([], _fun), do: []

  def new(enumerable, transform) when is_function(transform, 1) do
    :maps.from_list(Enum.map(enumerable, transform))
  end

  def get_and_update(map, key, fun) when is_function(fun, 1) do
    current = Map.get(map, key)

    case fun.(current) do
      {get, update} -> {get, Map.put(map, key, update)}
      :pop -> {current, Map.delete(map, key)}
      other -> raise "the given function must return a two-element tuple or :pop, got: #{inspect(other)}"
    end
  end

  def get_and_update!(map, key, fun) when is_function(fun, 1) do
    value = Map.fetch!(map, key)

    case fun.(value) do
      {get, update} -> {get, %{map | key => update}}
      :pop -> {value, Map.delete(map, key)}
      other -> raise "the given function must return a two-element tuple or :pop, got: #{inspect(other)}"
    end
  end

  def pop_lazy(map, key, fun) when is_function(fun, 0) do
    case :maps.take(key, map) do
      {_, _} = tuple -> tuple
      :error -> {fun.(), map}
    end
  end

  def replace_lazy(map, key, fun) when is_map(map) and is_function(fun, 1) do
    case map do
      %{^key => val} -> %{map | key => fun.(val)}
      %{} -> map
    end
  end

  def merge(map1, map2, fun) when is_function(fun, 3) do
    merge_pairs(:maps.to_list(map2), map1, fun)
  end

  defp merge_pairs([{key, val2} | rest], acc, fun) do
    acc =
      case acc do
        %{^key => val1} -> %{acc | key => fun.(key, val1, val2)}
        %{} -> :maps.put(key, val2, acc)
      end

    merge_pairs(rest, acc, fun)
  end

  defp merge_pairs([], acc, _fun), do: acc

  def from_keys(keys, value) when is_list(keys), do: :maps.from_list(Enum.map(keys, &{&1, value}))

  # Deprecated in Elixir 1.14 (Map.new/2 and map_size/1), still there.
  @doc false
  def map(map, fun) when is_map(map) and is_function(fun, 1), do: :maps.map(fn k, v -> fun.({k, v}) end, map)
  @doc false
  def size(map), do: map_size(map)
end
