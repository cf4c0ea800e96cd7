# Enum, for lists, maps and ranges directly, and for every other Enumerable
# through the protocol (stdlib/enumerable.ex, reached by to_list/1, count/1,
# member?/2; into/2 through Collectable). Maps and ranges go through to_list/1
# (the clauses at the end).
# Written as Elixir 1.14's lib/elixir/lib/enum.ex behaves on lists: same
# results, same order of calls to the functions given.
defmodule Enum do
  def reduce(list, acc, fun) when is_list(list), do: reduce_list(list, acc, fun)

  def reduce([head | tail], fun), do: reduce_list(tail, head, fun)
  def reduce([], _fun), do: raise(Enum.EmptyError)

  defp reduce_list([head | tail], acc, fun), do: reduce_list(tail, fun.(head, acc), fun)
  defp reduce_list([], acc, _fun), do: acc

  def map(list, fun) when is_list(list), do: map_list(list, fun)

  defp map_list([head | tail], fun), do: [fun.(head) | map_list(tail, fun)]
  defp map_list([], _fun), do: []

  def each(list, fun) when is_list(list) do
    each_list(list, fun)
    :ok
  end

  defp each_list([head | tail], fun) do
    fun.(head)
    each_list(tail, fun)
  end

  defp each_list([], _fun), do: :ok

  def filter(list, fun) when is_list(list), do: filter_list(list, fun)

  defp filter_list([head | tail], fun) do
    if fun.(head), do: [head | filter_list(tail, fun)], else: filter_list(tail, fun)
  end

  defp filter_list([], _fun), do: []

  def reject(list, fun) when is_list(list), do: reject_list(list, fun)

  defp reject_list([head | tail], fun) do
    if fun.(head), do: reject_list(tail, fun), else: [head | reject_list(tail, fun)]
  end

  defp reject_list([], _fun), do: []

  def sum(list) when is_list(list), do: sum_list(list, 0)

  defp sum_list([head | tail], acc), do: sum_list(tail, acc + head)
  defp sum_list([], acc), do: acc

  def count(list) when is_list(list), do: length(list)

  def count(list, fun) when is_list(list), do: count_list(list, fun, 0)

  defp count_list([head | tail], fun, n) do
    if fun.(head), do: count_list(tail, fun, n + 1), else: count_list(tail, fun, n)
  end

  defp count_list([], _fun, n), do: n

  def to_list(list) when is_list(list), do: list

  def to_list(%{__struct__: Range, first: first, last: last, step: step}),
    do: range_list(first, last, step)

  def to_list(map) when is_map(map) and not is_map_key(map, :__struct__), do: :maps.to_list(map)

  # Anything else through the Enumerable protocol (stdlib/enumerable.ex).
  def to_list(enumerable) do
    {:done, acc} = Enumerable.reduce(enumerable, {:cont, []}, fn x, acc -> {:cont, [x | acc]} end)
    :lists.reverse(acc)
  end

  # A range's elements, built from the last one down.
  defp range_list(first, last, step) when step > 0 and first <= last,
    do: range_down(first + div(last - first, step) * step, first, step, [])

  defp range_list(first, last, step) when step < 0 and first >= last,
    do: range_down(first + div(last - first, step) * step, first, step, [])

  defp range_list(_first, _last, _step), do: []

  defp range_down(current, first, _step, acc) when current == first, do: [current | acc]
  defp range_down(current, first, step, acc), do: range_down(current - step, first, step, [current | acc])

  def empty?(list) when is_list(list), do: list == []
  def empty?(%{__struct__: Range} = range), do: Range.size(range) == 0
  def empty?(map) when is_map(map) and not is_map_key(map, :__struct__), do: map_size(map) == 0
  def empty?(enumerable), do: to_list(enumerable) == []

  def reverse(list) when is_list(list), do: :lists.reverse(list)

  def reverse(list, tail) when is_list(list), do: :lists.reverse(list, to_list(tail))

  def member?(list, value) when is_list(list), do: :lists.member(value, list)

  def all?(list) when is_list(list), do: all_list(list, fn x -> x end)
  def all?(list, fun) when is_list(list), do: all_list(list, fun)

  defp all_list([head | tail], fun) do
    if fun.(head), do: all_list(tail, fun), else: false
  end

  defp all_list([], _fun), do: true

  def any?(list) when is_list(list), do: any_list(list, fn x -> x end)
  def any?(list, fun) when is_list(list), do: any_list(list, fun)

  defp any_list([head | tail], fun) do
    if fun.(head), do: true, else: any_list(tail, fun)
  end

  defp any_list([], _fun), do: false

  def find(list, default \\ nil, fun) when is_list(list), do: find_list(list, default, fun)

  defp find_list([head | tail], default, fun) do
    if fun.(head), do: head, else: find_list(tail, default, fun)
  end

  defp find_list([], default, _fun), do: default

  def max([head | tail]), do: max_list(tail, head)
  def max([]), do: raise(Enum.EmptyError)

  defp max_list([head | tail], acc) when head > acc, do: max_list(tail, head)
  defp max_list([_ | tail], acc), do: max_list(tail, acc)
  defp max_list([], acc), do: acc

  def min([head | tail]), do: min_list(tail, head)
  def min([]), do: raise(Enum.EmptyError)

  defp min_list([head | tail], acc) when head < acc, do: min_list(tail, head)
  defp min_list([_ | tail], acc), do: min_list(tail, acc)
  defp min_list([], acc), do: acc

  def take(_list, 0), do: []
  def take(list, n) when is_list(list) and is_integer(n) and n > 0, do: take_list(list, n)
  def take(list, n) when is_list(list) and is_integer(n) and n < 0 do
    len = length(list)
    drop(list, max(len + n, 0))
  end

  defp take_list([head | tail], n) when n > 0, do: [head | take_list(tail, n - 1)]
  defp take_list(_list, _n), do: []

  def drop(list, n) when is_list(list) and is_integer(n) and n >= 0, do: drop_list(list, n)
  def drop(list, n) when is_list(list) and is_integer(n) and n < 0 do
    take(list, max(length(list) + n, 0))
  end

  defp drop_list([_ | tail], n) when n > 0, do: drop_list(tail, n - 1)
  defp drop_list(list, _n), do: list

  def take_every(_list, 0), do: []
  def take_every(list, 1) when is_list(list), do: list
  def take_every(list, n) when is_list(list) and is_integer(n) and n > 1, do: take_every_list(list, n, 0)

  defp take_every_list([head | tail], n, 0), do: [head | take_every_list(tail, n, n - 1)]
  defp take_every_list([_ | tail], n, k), do: take_every_list(tail, n, k - 1)
  defp take_every_list([], _n, _k), do: []

  def with_index(list, offset \\ 0) when is_list(list), do: with_index_list(list, offset)

  defp with_index_list([head | tail], i), do: [{head, i} | with_index_list(tail, i + 1)]
  defp with_index_list([], _i), do: []

  # zip/zip_with: lists directly, any other enumerable through to_list/1;
  # the result is as long as the shortest input.
  def zip(left, right) when is_list(left) and is_list(right), do: zip_list(left, right)
  def zip(left, right), do: zip_list(to_list(left), to_list(right))

  def zip(enumerables) do
    case map(enumerables, &to_list/1) do
      [] -> []
      lists -> zip_lists(lists)
    end
  end

  defp zip_list([a | as], [b | bs]), do: [{a, b} | zip_list(as, bs)]
  defp zip_list(_, _), do: []

  defp zip_lists(lists) do
    case zip_heads(lists, [], []) do
      {heads, tails} -> [:erlang.list_to_tuple(heads) | zip_lists(tails)]
      :done -> []
    end
  end

  defp zip_heads([[head | tail] | rest], heads, tails), do: zip_heads(rest, [head | heads], [tail | tails])
  defp zip_heads([], heads, tails), do: {:lists.reverse(heads), :lists.reverse(tails)}
  defp zip_heads(_, _heads, _tails), do: :done

  def zip_with(left, right, fun) when is_function(fun, 2),
    do: zip_with_list(to_list(left), to_list(right), fun)

  def zip_with(enumerables, fun) when is_function(fun, 1) do
    case map(enumerables, &to_list/1) do
      [] -> []
      lists -> zip_with_lists(lists, fun)
    end
  end

  defp zip_with_list([a | as], [b | bs], fun), do: [fun.(a, b) | zip_with_list(as, bs, fun)]
  defp zip_with_list(_, _, _fun), do: []

  defp zip_with_lists(lists, fun) do
    case zip_heads(lists, [], []) do
      {heads, tails} -> [fun.(heads) | zip_with_lists(tails, fun)]
      :done -> []
    end
  end

  def unzip(enumerable) do
    {lefts, rights} =
      reduce(enumerable, {[], []}, fn {left, right}, {lefts, rights} -> {[left | lefts], [right | rights]} end)

    {:lists.reverse(lefts), :lists.reverse(rights)}
  end

  def concat(left, right) when is_list(left) and is_list(right), do: left ++ right

  def flat_map(list, fun) when is_list(list), do: flat_map_list(list, fun)

  defp flat_map_list([head | tail], fun), do: fun.(head) ++ flat_map_list(tail, fun)
  defp flat_map_list([], _fun), do: []

  # Maps and ranges (and, through to_list/1, Protocol.UndefinedError for
  # what is not enumerable).
  def reduce(enumerable, acc, fun), do: reduce_list(to_list(enumerable), acc, fun)
  def reduce(enumerable, fun) when not is_list(enumerable), do: reduce(to_list(enumerable), fun)
  def map(enumerable, fun), do: map_list(to_list(enumerable), fun)

  def each(enumerable, fun) do
    each_list(to_list(enumerable), fun)
    :ok
  end

  def filter(enumerable, fun), do: filter_list(to_list(enumerable), fun)
  def reject(enumerable, fun), do: reject_list(to_list(enumerable), fun)

  def sum(%{__struct__: Range, first: first, last: last, step: step} = range) do
    case Range.size(range) do
      0 -> 0
      n -> div(n * (2 * first + (n - 1) * step), 2)
    end
  end

  def sum(enumerable), do: sum_list(to_list(enumerable), 0)
  def count(%{__struct__: Range} = range), do: Range.size(range)
  def count(map) when is_map(map) and not is_map_key(map, :__struct__), do: map_size(map)
  def count(enumerable) do
    case Enumerable.count(enumerable) do
      {:ok, n} when is_integer(n) -> n
      {:error, _module} -> length(to_list(enumerable))
    end
  end
  def count(enumerable, fun), do: count_list(to_list(enumerable), fun, 0)
  def reverse(enumerable), do: :lists.reverse(to_list(enumerable))
  def reverse(enumerable, tail), do: :lists.reverse(to_list(enumerable), to_list(tail))

  def member?(%{__struct__: Range, first: first, last: last, step: step}, value),
    do: value in first..last//step

  def member?(list, value) when is_list(list), do: :lists.member(value, list)

  def member?(enumerable, value) do
    case Enumerable.member?(enumerable, value) do
      {:ok, found} when is_boolean(found) -> found
      {:error, _module} -> :lists.member(value, to_list(enumerable))
    end
  end
  def all?(enumerable), do: all_list(to_list(enumerable), fn x -> x end)
  def all?(enumerable, fun), do: all_list(to_list(enumerable), fun)
  def any?(enumerable), do: any_list(to_list(enumerable), fn x -> x end)
  def any?(enumerable, fun), do: any_list(to_list(enumerable), fun)
  def find(enumerable, default, fun), do: find_list(to_list(enumerable), default, fun)
  def max(enumerable) when not is_list(enumerable), do: max(to_list(enumerable))
  def min(enumerable) when not is_list(enumerable), do: min(to_list(enumerable))
  def take(enumerable, n) when not is_list(enumerable), do: take(to_list(enumerable), n)
  def drop(enumerable, n) when not is_list(enumerable), do: drop(to_list(enumerable), n)
  def take_every(enumerable, n) when not is_list(enumerable), do: take_every(to_list(enumerable), n)
  def with_index(enumerable, offset), do: with_index_list(to_list(enumerable), offset)
  def concat(left, right), do: to_list(left) ++ to_list(right)
  def flat_map(enumerable, fun), do: flat_map_list(to_list(enumerable), fun)

  # Collectable on lists and maps.
  def into(enumerable, list) when is_list(list), do: list ++ to_list(enumerable)

  def into(enumerable, map) when is_map(map) and not is_map_key(map, :__struct__) do
    :maps.merge(map, :maps.from_list(to_list(enumerable)))
  end

  # Anything else through the Collectable protocol (stdlib/enumerable.ex).
  def into(enumerable, collectable) do
    {initial, into} = Collectable.into(collectable)

    into.(into_list(to_list(enumerable), initial, into), :done)
  end

  # What `for ..., into: c` ends with (compiler/expand_for.cpp): the values
  # made, reversed.
  def __for_collect__(into, reversed, uniq)
      when is_list(into) or is_bitstring(into) or (is_map(into) and not is_map_key(into, :__struct__)),
      do: :vial.for_collect(into, reversed, uniq)

  def __for_collect__(into, reversed, uniq), do: into(:vial.for_collect([], reversed, uniq), into)

  defp into_list([head | tail], acc, into), do: into_list(tail, into.(acc, {:cont, head}), into)
  defp into_list([], acc, _into), do: acc
end
