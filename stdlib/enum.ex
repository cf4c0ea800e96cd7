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
    {_, acc} = Enumerable.reduce(enumerable, {:cont, []}, fn x, acc -> {:cont, [x | acc]} end)
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
  def empty?(enumerable), do: halting_reduce(enumerable, true, fn _, _ -> {:halt, false} end)

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
    drop(list, :erlang.max(len + n, 0))
  end

  defp take_list([head | tail], n) when n > 0, do: [head | take_list(tail, n - 1)]
  defp take_list(_list, _n), do: []

  def drop(list, n) when is_list(list) and is_integer(n) and n >= 0, do: drop_list(list, n)
  def drop(list, n) when is_list(list) and is_integer(n) and n < 0 do
    take(list, :erlang.max(length(list) + n, 0))
  end

  defp drop_list([_ | tail], n) when n > 0, do: drop_list(tail, n - 1)
  defp drop_list(list, _n), do: list

  def take_every(_list, 0), do: []
  def take_every(list, 1) when is_list(list), do: list
  def take_every(list, n) when is_list(list) and is_integer(n) and n > 1, do: take_every_list(list, n, 0)

  defp take_every_list([head | tail], n, 0), do: [head | take_every_list(tail, n, n - 1)]
  defp take_every_list([_ | tail], n, k), do: take_every_list(tail, n, k - 1)
  defp take_every_list([], _n, _k), do: []

  def with_index(enumerable, fun_or_offset \\ 0)

  def with_index(enumerable, fun) when is_function(fun, 2) do
    {list, _} = :lists.mapfoldl(fn x, i -> {fun.(x, i), i + 1} end, 0, to_list(enumerable))
    list
  end

  def with_index(list, offset) when is_list(list) and is_integer(offset), do: with_index_list(list, offset)

  defp with_index_list([head | tail], i), do: [{head, i} | with_index_list(tail, i + 1)]
  defp with_index_list([], _i), do: []

  # zip/zip_with: lists directly, any other enumerable through to_list/1;
  # the result is as long as the shortest input.
  def zip(left, right) when is_list(left) and is_list(right), do: zip_list(left, right)
  def zip(left, right), do: zip([left, right])

  def zip(enumerables) do
    if Enum.all?(enumerables, &is_list/1), do: zip_lists_of(enumerables), else: Stream.zip(enumerables) |> to_list()
  end

  defp zip_lists_of(enumerables) do
    case enumerables do
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

  def zip_with(left, right, fun) when is_list(left) and is_list(right) and is_function(fun, 2),
    do: zip_with_list(left, right, fun)

  def zip_with(left, right, fun) when is_function(fun, 2),
    do: zip_with([left, right], fn [l, r] -> fun.(l, r) end)

  def zip_with(enumerables, fun) when is_function(fun, 1) do
    if Enum.all?(enumerables, &is_list/1),
      do: zip_with_lists_of(enumerables, fun),
      else: Stream.zip_with(enumerables, fun) |> to_list()
  end

  defp zip_with_lists_of(enumerables, fun) do
    case enumerables do
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

  defp flat_map_list([head | tail], fun) do
    case fun.(head) do
      list when is_list(list) -> list ++ flat_map_list(tail, fun)
      other -> to_list(other) ++ flat_map_list(tail, fun)
    end
  end
  defp flat_map_list([], _fun), do: []

  # ---- More of Enum (Elixir 1.14's enum.ex), on any enumerable through
  # to_list/1 or Enumerable.reduce/3.

  def at(enumerable, index, default \\ nil) when is_integer(index) do
    case fetch(enumerable, index) do
      {:ok, value} -> value
      :error -> default
    end
  end

  def fetch(enumerable, index) when is_integer(index) and index >= 0 and not is_list(enumerable) do
    case halting_reduce(enumerable, index, fn x, 0 -> {:halt, {:found, x}}; _, i -> {:cont, i - 1} end) do
      {:found, x} -> {:ok, x}
      _ -> :error
    end
  end

  def fetch(enumerable, index) when is_integer(index) do
    list = to_list(enumerable)
    index = if index < 0, do: length(list) + index, else: index

    if index < 0 do
      :error
    else
      case drop_list(list, index) do
        [value | _] -> {:ok, value}
        [] -> :error
      end
    end
  end

  def fetch!(enumerable, index) when is_integer(index) do
    case fetch(enumerable, index) do
      {:ok, value} -> value
      :error -> raise Enum.OutOfBoundsError
    end
  end

  def sort(enumerable), do: :lists.sort(to_list(enumerable))

  def sort(enumerable, sorter), do: :lists.sort(to_sort_fun(sorter), to_list(enumerable))

  defp to_sort_fun(sorter) when is_function(sorter, 2), do: sorter
  defp to_sort_fun(:asc), do: &<=/2
  defp to_sort_fun(:desc), do: &>=/2
  defp to_sort_fun(module) when is_atom(module), do: &(module.compare(&1, &2) != :gt)
  defp to_sort_fun({:asc, module}) when is_atom(module), do: &(module.compare(&1, &2) != :gt)
  defp to_sort_fun({:desc, module}) when is_atom(module), do: &(module.compare(&1, &2) != :lt)

  def sort_by(enumerable, mapper, sorter \\ :asc) do
    fun = to_sort_fun(sorter)

    enumerable
    |> map(&{&1, mapper.(&1)})
    |> (&:lists.sort(fn {_, a}, {_, b} -> fun.(a, b) end, &1)).()
    |> map_list(&elem(&1, 0))
  end

  def join(enumerable, joiner \\ "")

  def join(enumerable, joiner) when is_binary(joiner) do
    case to_list(enumerable) do
      [] -> ""
      [first | rest] -> IO.iodata_to_binary([entry_to_string(first) | join_rest(rest, joiner)])
    end
  end

  defp join_rest([head | tail], joiner), do: [joiner, entry_to_string(head) | join_rest(tail, joiner)]
  defp join_rest([], _joiner), do: []

  defp entry_to_string(entry) when is_binary(entry), do: entry
  defp entry_to_string(entry), do: String.Chars.to_string(entry)

  def map_join(enumerable, joiner \\ "", mapper) when is_binary(joiner) and is_function(mapper, 1) do
    join(map(enumerable, mapper), joiner)
  end

  def group_by(enumerable, key_fun, value_fun \\ fn x -> x end) when is_function(key_fun, 1) do
    enumerable
    |> reverse()
    |> reduce_list(%{}, fn entry, acc ->
      key = key_fun.(entry)
      value = value_fun.(entry)

      case acc do
        %{^key => existing} -> %{acc | key => [value | existing]}
        %{} -> :maps.put(key, [value], acc)
      end
    end)
  end

  def frequencies(enumerable) do
    reduce_list(to_list(enumerable), %{}, fn key, acc ->
      case acc do
        %{^key => value} -> %{acc | key => value + 1}
        %{} -> :maps.put(key, 1, acc)
      end
    end)
  end

  def frequencies_by(enumerable, key_fun) when is_function(key_fun, 1) do
    reduce_list(to_list(enumerable), %{}, fn entry, acc ->
      key = key_fun.(entry)

      case acc do
        %{^key => value} -> %{acc | key => value + 1}
        %{} -> :maps.put(key, 1, acc)
      end
    end)
  end

  def uniq(enumerable), do: uniq_by(enumerable, fn x -> x end)

  def uniq_by(enumerable, fun) when is_function(fun, 1), do: uniq_list(to_list(enumerable), %{}, fun)

  defp uniq_list([head | tail], set, fun) do
    value = fun.(head)

    case set do
      %{^value => true} -> uniq_list(tail, set, fun)
      %{} -> [head | uniq_list(tail, :maps.put(value, true, set), fun)]
    end
  end

  defp uniq_list([], _set, _fun), do: []

  def dedup(enumerable), do: dedup_by(enumerable, fn x -> x end)

  def dedup_by(enumerable, fun) when is_function(fun, 1), do: dedup_list(to_list(enumerable), fun, [], :none)

  defp dedup_list([head | tail], fun, acc, previous) do
    value = fun.(head)

    if previous != :none and elem(previous, 0) === value,
      do: dedup_list(tail, fun, acc, previous),
      else: dedup_list(tail, fun, [head | acc], {value})
  end

  defp dedup_list([], _fun, acc, _previous), do: :lists.reverse(acc)

  def chunk_every(enumerable, count), do: chunk_every(enumerable, count, count, [])

  def chunk_every(enumerable, count, step, leftover \\ [])
      when is_integer(count) and count > 0 and is_integer(step) and step > 0 do
    limit = :erlang.max(count, step)

    chunk_fun = fn entry, {acc_buffer, acc_count} ->
      acc_buffer = [entry | acc_buffer]
      acc_count = acc_count + 1

      new_state =
        if acc_count >= limit do
          remaining = acc_count - step
          {take(acc_buffer, remaining), remaining}
        else
          {acc_buffer, acc_count}
        end

      if acc_count == count do
        {:cont, :lists.reverse(acc_buffer), new_state}
      else
        {:cont, new_state}
      end
    end

    after_fun = fn {acc_buffer, acc_count} ->
      if leftover == :discard or acc_count == 0 or acc_count >= count do
        {:cont, []}
      else
        {:cont, :lists.reverse(acc_buffer, take(leftover, count - acc_count)), []}
      end
    end

    chunk_while(enumerable, {[], 0}, chunk_fun, after_fun)
  end

  def chunk_while(enumerable, acc, chunk_fun, after_fun) do
    {_, {res, acc}} =
      Enumerable.reduce(enumerable, {:cont, {[], acc}}, fn entry, {buffer, acc} ->
        case chunk_fun.(entry, acc) do
          {:cont, chunk, acc} -> {:cont, {[chunk | buffer], acc}}
          {:cont, acc} -> {:cont, {buffer, acc}}
          {:halt, acc} -> {:halt, {buffer, acc}}
        end
      end)

    case after_fun.(acc) do
      {:cont, _acc} -> :lists.reverse(res)
      {:cont, chunk, _acc} -> :lists.reverse([chunk | res])
    end
  end

  def chunk_by(enumerable, fun) when is_function(fun, 1) do
    chunk_fun = fn
      entry, nil ->
        {:cont, {[entry], fun.(entry)}}

      entry, {acc, value} ->
        case fun.(entry) do
          ^value -> {:cont, {[entry | acc], value}}
          new_value -> {:cont, :lists.reverse(acc), {[entry], new_value}}
        end
    end

    after_fun = fn
      nil -> {:cont, :done}
      {acc, _value} -> {:cont, :lists.reverse(acc), :done}
    end

    chunk_while(enumerable, nil, chunk_fun, after_fun)
  end

  def split(enumerable, count) when is_integer(count) do
    list = to_list(enumerable)

    if count >= 0 do
      :lists.split(:erlang.min(count, length(list)), list)
    else
      :lists.split(:erlang.max(length(list) + count, 0), list)
    end
  end

  def split_while(enumerable, fun) when is_function(fun, 1), do: split_while_list(to_list(enumerable), fun, [])

  defp split_while_list([head | tail], fun, acc) do
    if fun.(head), do: split_while_list(tail, fun, [head | acc]), else: {:lists.reverse(acc), [head | tail]}
  end

  defp split_while_list([], _fun, acc), do: {:lists.reverse(acc), []}

  def split_with(enumerable, fun) when is_function(fun, 1) do
    {acc1, acc2} =
      reduce_list(to_list(enumerable), {[], []}, fn entry, {acc1, acc2} ->
        if fun.(entry), do: {[entry | acc1], acc2}, else: {acc1, [entry | acc2]}
      end)

    {:lists.reverse(acc1), :lists.reverse(acc2)}
  end

  def take_while(list, fun) when is_list(list) and is_function(fun, 1), do: take_while_list(list, fun)

  def take_while(enumerable, fun) when is_function(fun, 1) do
    enumerable
    |> halting_reduce([], fn x, acc -> if fun.(x), do: {:cont, [x | acc]}, else: {:halt, acc} end)
    |> :lists.reverse()
  end

  defp take_while_list([head | tail], fun) do
    if fun.(head), do: [head | take_while_list(tail, fun)], else: []
  end

  defp take_while_list([], _fun), do: []

  def drop_while(enumerable, fun) when is_function(fun, 1), do: drop_while_list(to_list(enumerable), fun)

  defp drop_while_list([head | tail], fun) do
    if fun.(head), do: drop_while_list(tail, fun), else: [head | tail]
  end

  defp drop_while_list([], _fun), do: []

  def slice(enumerable, %{__struct__: Range, first: first, last: last, step: step} = range) do
    # Elixir 1.14: a decreasing range with step -1 (`1..-2`) slices like `1..-2//1`;
    # other negative steps are rejected. Decided on the range as written, before the
    # negative indices are resolved against the length.
    step =
      cond do
        step > 0 -> step
        step == -1 and first > last -> 1
        true -> raise ArgumentError, "Enum.slice/2 does not accept ranges with negative steps, got: #{inspect(range)}"
      end

    list = to_list(enumerable)
    count = length(list)
    first = if first >= 0, do: first, else: :erlang.max(first + count, 0)
    last = if last >= 0, do: last, else: last + count

    if step > 0 and first <= last and first < count do
      amount = :erlang.min(last, count - 1) - first + 1
      list |> drop_list(first) |> take_list(amount) |> take_every_step(step)
    else
      []
    end
  end

  def slice(enumerable, start, amount) when is_integer(start) and is_integer(amount) and amount >= 0 do
    list = to_list(enumerable)
    start = if start < 0, do: :erlang.max(length(list) + start, 0), else: start
    list |> drop_list(start) |> take_list(amount)
  end

  defp take_every_step(list, 1), do: list
  defp take_every_step(list, step), do: take_every_list(list, step, 0)

  def product(enumerable), do: reduce_list(to_list(enumerable), 1, &(&2 * &1))

  def reduce_while(enumerable, acc, fun) when is_function(fun, 2) do
    Enumerable.reduce(enumerable, {:cont, acc}, fun) |> elem(1)
  end

  def map_reduce(enumerable, acc, fun) when is_function(fun, 2), do: :lists.mapfoldl(fun, acc, to_list(enumerable))

  def flat_map_reduce(enumerable, acc, fun) when is_function(fun, 2) do
    {_, {list, acc}} =
      Enumerable.reduce(enumerable, {:cont, {[], acc}}, fn x, {list, acc} ->
        case fun.(x, acc) do
          {:halt, acc} -> {:halt, {list, acc}}
          {[], acc} -> {:cont, {list, acc}}
          {[entry], acc} -> {:cont, {[entry | list], acc}}
          {entries, acc} -> {:cont, {reverse(entries, list), acc}}
        end
      end)

    {:lists.reverse(list), acc}
  end

  def scan(enumerable, fun) when is_function(fun, 2) do
    case to_list(enumerable) do
      [] -> []
      [head | tail] -> [head | scan_list(tail, head, fun)]
    end
  end

  def scan(enumerable, acc, fun) when is_function(fun, 2), do: scan_list(to_list(enumerable), acc, fun)

  defp scan_list([head | tail], acc, fun) do
    acc = fun.(head, acc)
    [acc | scan_list(tail, acc, fun)]
  end

  defp scan_list([], _acc, _fun), do: []

  def find_index(list, fun) when is_list(list) and is_function(fun, 1), do: find_index_list(list, 0, fun)

  def find_index(enumerable, fun) when is_function(fun, 1) do
    case halting_reduce(enumerable, 0, fn x, i -> if fun.(x), do: {:halt, {:found, i}}, else: {:cont, i + 1} end) do
      {:found, i} -> i
      _ -> nil
    end
  end

  defp find_index_list([head | tail], i, fun) do
    if fun.(head), do: i, else: find_index_list(tail, i + 1, fun)
  end

  defp find_index_list([], _i, _fun), do: nil

  def find_value(enumerable, default \\ nil, fun)

  def find_value(list, default, fun) when is_list(list) and is_function(fun, 1),
    do: find_value_list(list, default, fun)

  def find_value(enumerable, default, fun) when is_function(fun, 1) do
    halting_reduce(enumerable, default, fn x, acc ->
      if value = fun.(x), do: {:halt, value}, else: {:cont, acc}
    end)
  end

  defp find_value_list([head | tail], default, fun) do
    if value = fun.(head), do: value, else: find_value_list(tail, default, fun)
  end

  defp find_value_list([], default, _fun), do: default

  def intersperse(enumerable, separator) do
    case to_list(enumerable) do
      [] -> []
      [head | tail] -> [head | flat_map_list(tail, &[separator, &1])]
    end
  end

  def map_intersperse(enumerable, separator, mapper) when is_function(mapper, 1) do
    intersperse(map(enumerable, mapper), separator)
  end

  def map_every(enumerable, 1, fun), do: map(enumerable, fun)
  def map_every(enumerable, 0, _fun), do: to_list(enumerable)

  def map_every(enumerable, nth, fun) when is_integer(nth) and nth > 1,
    do: map_every_list(to_list(enumerable), nth, 0, fun)

  defp map_every_list([head | tail], nth, 0, fun), do: [fun.(head) | map_every_list(tail, nth, nth - 1, fun)]
  defp map_every_list([head | tail], nth, k, fun), do: [head | map_every_list(tail, nth, k - 1, fun)]
  defp map_every_list([], _nth, _k, _fun), do: []

  def min_max(enumerable, empty_fallback \\ fn -> raise Enum.EmptyError end) do
    case to_list(enumerable) do
      [] -> empty_fallback.()
      [head | tail] -> {min_list(tail, head), max_list(tail, head)}
    end
  end

  def min_max_by(enumerable, fun, sorter_or_empty_fallback \\ &</2, empty_fallback \\ fn -> raise Enum.EmptyError end)

  def min_max_by(enumerable, fun, empty_fallback, _) when is_function(fun, 1) and is_function(empty_fallback, 0),
    do: min_max_by(enumerable, fun, &</2, empty_fallback)

  def min_max_by(enumerable, fun, sorter, empty_fallback) when is_function(fun, 1) do
    sorter = if is_atom(sorter), do: &(sorter.compare(&1, &2) == :lt), else: sorter

    case to_list(enumerable) do
      [] ->
        empty_fallback.()

      [head | tail] ->
        value = fun.(head)

        {{min, _}, {max, _}} =
          reduce_list(tail, {{head, value}, {head, value}}, fn entry, {{_, min_value} = min, {_, max_value} = max} ->
            value = fun.(entry)
            min = if sorter.(value, min_value), do: {entry, value}, else: min
            max = if sorter.(max_value, value), do: {entry, value}, else: max
            {min, max}
          end)

        {min, max}
    end
  end

  # max_by/3 and min_by/3 take either a sorter or (as before Elixir 1.10) the
  # empty fallback, a function of arity 0.
  def max_by(enumerable, fun, sorter \\ &>=/2, empty_fallback \\ fn -> raise Enum.EmptyError end)
      when is_function(fun, 1) do
    {sorter, empty_fallback} = sorter_or_fallback(sorter, &>=/2, empty_fallback)
    by(to_list(enumerable), fun, max_sort_fun(sorter), empty_fallback)
  end

  def min_by(enumerable, fun, sorter \\ &<=/2, empty_fallback \\ fn -> raise Enum.EmptyError end)
      when is_function(fun, 1) do
    {sorter, empty_fallback} = sorter_or_fallback(sorter, &<=/2, empty_fallback)
    by(to_list(enumerable), fun, min_sort_fun(sorter), empty_fallback)
  end

  defp sorter_or_fallback(fallback, default, _) when is_function(fallback, 0), do: {default, fallback}
  defp sorter_or_fallback(sorter, _default, fallback), do: {sorter, fallback}

  defp max_sort_fun(sorter) when is_function(sorter, 2), do: sorter
  defp max_sort_fun(module) when is_atom(module), do: &(module.compare(&1, &2) != :lt)
  defp min_sort_fun(sorter) when is_function(sorter, 2), do: sorter
  defp min_sort_fun(module) when is_atom(module), do: &(module.compare(&1, &2) != :gt)

  defp by([], _fun, _sorter, empty_fallback) when is_function(empty_fallback, 0), do: empty_fallback.()

  defp by([head | tail], fun, sorter, _empty_fallback) do
    {best, _} =
      reduce_list(tail, {head, fun.(head)}, fn entry, {_, best_value} = acc ->
        value = fun.(entry)
        if sorter.(best_value, value), do: acc, else: {entry, value}
      end)

    best
  end

  def max(enumerable, sorter_or_fallback) when is_function(sorter_or_fallback, 0),
    do: max(enumerable, &>=/2, sorter_or_fallback)

  def max(enumerable, sorter), do: max(enumerable, sorter, fn -> raise Enum.EmptyError end)

  def max(enumerable, sorter, empty_fallback) do
    case to_list(enumerable) do
      [] -> empty_fallback.()
      [head | tail] -> by(tail, head, max_sort_fun(sorter))
    end
  end

  def min(enumerable, sorter_or_fallback) when is_function(sorter_or_fallback, 0),
    do: min(enumerable, &<=/2, sorter_or_fallback)

  def min(enumerable, sorter), do: min(enumerable, sorter, fn -> raise Enum.EmptyError end)

  def min(enumerable, sorter, empty_fallback) do
    case to_list(enumerable) do
      [] -> empty_fallback.()
      [head | tail] -> by(tail, head, min_sort_fun(sorter))
    end
  end

  defp by(list, first, sorter), do: reduce_list(list, first, fn x, best -> if sorter.(best, x), do: best, else: x end)

  def count_until(enumerable, limit) when is_integer(limit) and limit > 0 do
    :erlang.min(count(enumerable), limit)
  end

  def count_until(enumerable, fun, limit) when is_function(fun, 1) and is_integer(limit) and limit > 0 do
    :erlang.min(count(enumerable, fun), limit)
  end

  def into(enumerable, collectable, transform) when is_function(transform, 1) do
    into(map(enumerable, transform), collectable)
  end

  def concat(enumerables), do: flat_map(enumerables, &to_list/1)

  def reverse_slice(enumerable, start_index, count)
      when is_integer(start_index) and start_index >= 0 and is_integer(count) and count >= 0 do
    list = to_list(enumerable)
    {left, rest} = :lists.split(:erlang.min(start_index, length(list)), list)
    {middle, right} = :lists.split(:erlang.min(count, length(rest)), rest)
    left ++ :lists.reverse(middle) ++ right
  end

  def zip_reduce(left, right, acc, reducer) when is_function(reducer, 3) do
    reduce_list(zip(left, right), acc, fn {l, r}, acc -> reducer.(l, r, acc) end)
  end

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
  # Enumerables that are not lists are reduced with the protocol, halting
  # as soon as the answer is known (streams may be infinite).
  def all?(enumerable), do: all?(enumerable, fn x -> x end)

  def all?(enumerable, fun),
    do: halting_reduce(enumerable, true, fn x, _ -> if fun.(x), do: {:cont, true}, else: {:halt, false} end)

  def any?(enumerable), do: any?(enumerable, fn x -> x end)

  def any?(enumerable, fun),
    do: halting_reduce(enumerable, false, fn x, _ -> if fun.(x), do: {:halt, true}, else: {:cont, false} end)

  def find(enumerable, default, fun),
    do: halting_reduce(enumerable, default, fn x, acc -> if fun.(x), do: {:halt, x}, else: {:cont, acc} end)

  defp halting_reduce(enumerable, acc, fun), do: elem(Enumerable.reduce(enumerable, {:cont, acc}, fun), 1)

  # The first `n` elements (n > 0) of any enumerable.
  defp take_lazy(enumerable, n) do
    {res, _} =
      halting_reduce(enumerable, {[], n}, fn
        entry, {list, 1} -> {:halt, {[entry | list], 0}}
        entry, {list, n} -> {:cont, {[entry | list], n - 1}}
      end)

    :lists.reverse(res)
  end
  def max(enumerable) when not is_list(enumerable), do: max(to_list(enumerable))
  def min(enumerable) when not is_list(enumerable), do: min(to_list(enumerable))
  def take(enumerable, n) when is_integer(n) and n > 0, do: take_lazy(enumerable, n)
  def take(enumerable, n) when not is_list(enumerable), do: take(to_list(enumerable), n)
  def drop(enumerable, n) when not is_list(enumerable), do: drop(to_list(enumerable), n)
  def take_every(enumerable, n) when not is_list(enumerable), do: take_every(to_list(enumerable), n)
  def with_index(enumerable, offset) when is_integer(offset), do: with_index_list(to_list(enumerable), offset)
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

  def drop_every(_enumerable, 1), do: []
  def drop_every(enumerable, 0), do: to_list(enumerable)

  def drop_every(enumerable, nth) when is_integer(nth) and nth > 1 do
    {res, _} =
      reduce(enumerable, {[], :first}, fn
        _entry, {acc, :first} -> {acc, 1}
        _entry, {acc, ^nth} -> {acc, 1}
        entry, {acc, k} -> {[entry | acc], k + 1}
      end)

    :lists.reverse(res)
  end

  def zip_reduce(enumerables, acc, reducer) when is_function(reducer, 2) do
    reduce_list(zip_with(enumerables, & &1), acc, reducer)
  end

  # Random choices through :rand (stdlib/erlang_rand.ex).
  # A range is not walked: one draw picks the index (Elixir slices it).
  def random(%{__struct__: Range, first: first, last: last, step: step}) do
    if (step > 0 and first > last) or (step < 0 and first < last) do
      raise Enum.EmptyError
    else
      first + step * (:rand.uniform(div(last - first, step) + 1) - 1)
    end
  end

  def random(enumerable) do
    case to_list(enumerable) do
      [] -> raise Enum.EmptyError
      list -> :lists.nth(:rand.uniform(length(list)), list)
    end
  end

  def shuffle(enumerable) do
    keyed = map_list(to_list(enumerable), &{:rand.uniform(), &1})
    map_list(:lists.keysort(1, keyed), &elem(&1, 1))
  end

  def take_random(enumerable, count) when is_integer(count) and count >= 0 do
    enumerable |> shuffle() |> take_list(count)
  end

  def slide(enumerable, single_index, insertion_index) when is_integer(single_index),
    do: slide(enumerable, single_index..single_index, insertion_index)

  def slide(_enumerable, %{__struct__: Range, step: step} = range, _insertion_index) when step != 1 do
    raise ArgumentError, "Enum.slide/3 does not accept ranges with custom steps, got: #{inspect(range)}"
  end

  def slide(enumerable, %{__struct__: Range, first: first, last: last}, insertion_index)
      when first < 0 or last < 0 or insertion_index < 0 do
    count = count(enumerable)
    first = if first >= 0, do: first, else: Kernel.max(first + count, 0)
    last = if last >= 0, do: last, else: last + count
    insertion_index = if insertion_index >= 0, do: insertion_index, else: insertion_index + count

    if first < count and first != insertion_index,
      do: slide(enumerable, first..last//1, insertion_index),
      else: to_list(enumerable)
  end

  def slide(enumerable, %{__struct__: Range, first: insertion_index}, insertion_index), do: to_list(enumerable)

  def slide(_enumerable, %{__struct__: Range, first: first, last: last}, insertion_index)
      when insertion_index > first and insertion_index <= last do
    raise ArgumentError,
          "insertion index for slide must be outside the range being moved " <>
            "(tried to insert #{first}..#{last} at #{insertion_index})"
  end

  def slide(enumerable, %{__struct__: Range, first: first, last: last}, _insertion_index) when first > last,
    do: to_list(enumerable)

  def slide(enumerable, %{__struct__: Range, first: first, last: last}, insertion_index) do
    {head, rest} = split(to_list(enumerable), first)
    {moved, tail} = split(rest, last - first + 1)
    remaining = head ++ tail
    # Past the range, the insertion index counts the moved items too.
    at = if insertion_index <= first, do: insertion_index, else: insertion_index - (last - first)
    {before, after_} = split(remaining, at)
    before ++ moved ++ after_
  end

  @doc false
  def chunk(enumerable, count), do: chunk(enumerable, count, count, nil)
  @doc false
  def chunk(enumerable, count, step, leftover \\ nil),
    do: chunk_every(enumerable, count, step, leftover || :discard)

  @doc false
  def filter_map(enumerable, filter, mapper), do: enumerable |> filter(filter) |> map(mapper)
  @doc false
  def partition(enumerable, fun), do: split_with(enumerable, fun)
  @doc false
  def uniq(enumerable, fun), do: uniq_by(enumerable, fun)
end
