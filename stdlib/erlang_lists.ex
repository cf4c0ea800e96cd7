# The :lists functions that take funs, written in Elixir as OTP 25's
# lists.erl does (the rest of :lists is native: runtime/builtins/lists.cpp).
defmodule :lists do
  def map(f, [h | t]), do: [f.(h) | map(f, t)]
  def map(f, []) when is_function(f, 1), do: []

  def filter(pred, list) when is_function(pred, 1), do: for(e <- list, pred.(e), do: e)

  def foldl(f, acc, [h | t]), do: foldl(f, f.(h, acc), t)
  def foldl(f, acc, []) when is_function(f, 2), do: acc

  def foldr(f, acc, list) when is_function(f, 2), do: foldl(f, acc, :lists.reverse(list))

  def foreach(f, [h | t]) do
    f.(h)
    foreach(f, t)
  end

  def foreach(f, []) when is_function(f, 1), do: :ok

  def flatmap(f, [h | t]), do: f.(h) ++ flatmap(f, t)
  def flatmap(f, []) when is_function(f, 1), do: []

  def any(pred, [h | t]) do
    case pred.(h) do
      true -> true
      false -> any(pred, t)
    end
  end

  def any(pred, []) when is_function(pred, 1), do: false

  def all(pred, [h | t]) do
    case pred.(h) do
      true -> all(pred, t)
      false -> false
    end
  end

  def all(pred, []) when is_function(pred, 1), do: true

  def takewhile(pred, [h | t]) do
    case pred.(h) do
      true -> [h | takewhile(pred, t)]
      false -> []
    end
  end

  def takewhile(pred, []) when is_function(pred, 1), do: []

  def dropwhile(pred, [h | t] = rest) do
    case pred.(h) do
      true -> dropwhile(pred, t)
      false -> rest
    end
  end

  def dropwhile(pred, []) when is_function(pred, 1), do: []

  def splitwith(pred, list) when is_function(pred, 1), do: splitwith(pred, list, [])

  defp splitwith(pred, [h | t], taken) do
    case pred.(h) do
      true -> splitwith(pred, t, [h | taken])
      false -> {:lists.reverse(taken), [h | t]}
    end
  end

  defp splitwith(_pred, [], taken), do: {:lists.reverse(taken), []}

  def partition(pred, list) when is_function(pred, 1), do: partition(pred, list, [], [])

  defp partition(pred, [h | t], as, bs) do
    case pred.(h) do
      true -> partition(pred, t, [h | as], bs)
      false -> partition(pred, t, as, [h | bs])
    end
  end

  defp partition(_pred, [], as, bs), do: {:lists.reverse(as), :lists.reverse(bs)}

  def mapfoldl(f, acc, [h | t]) do
    {r, acc} = f.(h, acc)
    {rs, acc} = mapfoldl(f, acc, t)
    {[r | rs], acc}
  end

  def mapfoldl(f, acc, []) when is_function(f, 2), do: {[], acc}

  def filtermap(f, [h | t]) do
    case f.(h) do
      false -> filtermap(f, t)
      true -> [h | filtermap(f, t)]
      {true, v} -> [v | filtermap(f, t)]
    end
  end

  def filtermap(f, []) when is_function(f, 1), do: []

  # lists:sort/2: a stable merge sort; fun.(a, b) true when a goes first.
  def sort(fun, list) when is_function(fun, 2) do
    case list do
      [] -> []
      [_] -> list
      _ -> merge_sort(fun, list, length(list))
    end
  end

  defp merge_sort(_fun, [x | _], 1), do: [x]

  defp merge_sort(fun, list, n) do
    half = div(n, 2)
    {left, right} = split(half, list)
    merge(fun, merge_sort(fun, left, half), merge_sort(fun, right, n - half))
  end

  def merge(fun, [a | as] = left, [b | bs] = right) do
    if fun.(a, b), do: [a | merge(fun, as, right)], else: [b | merge(fun, left, bs)]
  end

  def merge(_fun, [], right), do: right
  def merge(_fun, left, []), do: left

  def usort(fun, list) when is_function(fun, 2), do: dedup_sorted(fun, sort(fun, list))

  defp dedup_sorted(fun, [a, b | t]) do
    if fun.(a, b) and fun.(b, a), do: dedup_sorted(fun, [a | t]), else: [a | dedup_sorted(fun, [b | t])]
  end

  defp dedup_sorted(_fun, list), do: list

  def split(n, list) when is_integer(n) and n >= 0 and is_list(list), do: split(n, list, [])

  defp split(0, list, acc), do: {:lists.reverse(acc), list}
  defp split(n, [h | t], acc), do: split(n - 1, t, [h | acc])
  defp split(_n, [], _acc), do: :erlang.error(:badarg)

  def sublist(list, len) when is_integer(len) and len >= 0, do: sublist_take(list, len)

  def sublist(list, start, len) when is_integer(start) and start >= 1 and is_integer(len) and len >= 0,
    do: sublist_take(:lists.nthtail(start - 1, list), len)

  defp sublist_take([h | t], n) when n > 0, do: [h | sublist_take(t, n - 1)]
  defp sublist_take(_list, _n), do: []

  def sum(list), do: foldl(fn x, acc -> x + acc end, 0, list)

  def max([h | t]), do: foldl(fn x, acc -> if x > acc, do: x, else: acc end, h, t)
  def min([h | t]), do: foldl(fn x, acc -> if x < acc, do: x, else: acc end, h, t)

  def zip([a | as], [b | bs]), do: [{a, b} | zip(as, bs)]
  def zip([], []), do: []

  def unzip(list), do: unzip(list, [], [])
  defp unzip([{a, b} | t], as, bs), do: unzip(t, [a | as], [b | bs])
  defp unzip([], as, bs), do: {:lists.reverse(as), :lists.reverse(bs)}

  def zipwith(f, [a | as], [b | bs]), do: [f.(a, b) | zipwith(f, as, bs)]
  def zipwith(f, [], []) when is_function(f, 2), do: []

  def keymap(f, n, [h | t]), do: [:erlang.setelement(n, h, f.(:erlang.element(n, h))) | keymap(f, n, t)]
  def keymap(f, n, []) when is_function(f, 1) and is_integer(n) and n > 0, do: []

  def concat(things), do: IO.iodata_to_binary(map(&thing_to_list/1, things)) |> :erlang.binary_to_list()

  defp thing_to_list(x) when is_integer(x), do: :erlang.integer_to_list(x)
  defp thing_to_list(x) when is_float(x), do: :erlang.float_to_list(x)
  defp thing_to_list(x) when is_atom(x), do: :erlang.atom_to_list(x)
  defp thing_to_list(x) when is_list(x), do: x

  def prefix([x | prefix], [x | list]), do: prefix(prefix, list)
  def prefix([], list) when is_list(list), do: true
  def prefix([_ | _], list) when is_list(list), do: false

  def suffix(suffix, list) do
    delta = length(list) - length(suffix)
    delta >= 0 and :lists.nthtail(delta, list) === suffix
  end

  def droplast([_]), do: []
  def droplast([h | t]), do: [h | droplast(t)]

  def enumerate(list), do: enumerate(1, list)
  def enumerate(index, [h | t]) when is_integer(index), do: [{index, h} | enumerate(index + 1, t)]
  def enumerate(index, []) when is_integer(index), do: []

  def search(pred, [h | t]) do
    case pred.(h) do
      true -> {:value, h}
      false -> search(pred, t)
    end
  end

  def search(pred, []) when is_function(pred, 1), do: false

  def flatlength(list), do: length(:lists.flatten(list))
  def flatten(list, tail), do: :lists.flatten(list) ++ tail

  def join(_sep, []), do: []
  def join(sep, [h | t]), do: [h | join_prepend(sep, t)]
  defp join_prepend(_sep, []), do: []
  defp join_prepend(sep, [h | t]), do: [sep, h | join_prepend(sep, t)]

  def keysearch(key, n, list) do
    case :lists.keyfind(key, n, list) do
      false -> false
      tuple -> {:value, tuple}
    end
  end

  def mapfoldr(f, acc, list) when is_function(f, 2) do
    {mapped, acc} = mapfoldl(f, acc, :lists.reverse(list))
    {:lists.reverse(mapped), acc}
  end

  # Merges of sorted lists: on equal elements the first list's come first.
  def merge(lists) when is_list(lists), do: :lists.foldl(fn l, acc -> merge(acc, l) end, [], lists)
  def merge(l1, l2), do: merge(fn a, b -> a <= b end, l1, l2)
  def merge3(l1, l2, l3), do: merge(merge(l1, l2), l3)

  def umerge(lists) when is_list(lists), do: :lists.foldl(fn l, acc -> umerge(acc, l) end, [], lists)
  def umerge(l1, l2), do: umerge(fn a, b -> a <= b end, l1, l2)
  def umerge(f, [h1 | t1] = l1, [h2 | t2] = l2) do
    cond do
      h1 == h2 -> [h1 | umerge(f, t1, t2)]
      f.(h1, h2) -> [h1 | umerge(f, t1, l2)]
      true -> [h2 | umerge(f, l1, t2)]
    end
  end
  def umerge(_f, [], l2), do: l2
  def umerge(_f, l1, []), do: l1
  def umerge3(l1, l2, l3), do: umerge(umerge(l1, l2), l3)

  def keymerge(n, [h1 | t1] = l1, [h2 | t2] = l2) do
    if :erlang.element(n, h1) <= :erlang.element(n, h2),
      do: [h1 | keymerge(n, t1, l2)],
      else: [h2 | keymerge(n, l1, t2)]
  end
  def keymerge(_n, [], l2), do: l2
  def keymerge(_n, l1, []), do: l1

  def ukeymerge(n, [h1 | t1] = l1, [h2 | t2] = l2) do
    k1 = :erlang.element(n, h1)
    k2 = :erlang.element(n, h2)
    cond do
      k1 == k2 -> [h1 | ukeymerge(n, t1, t2)]
      k1 < k2 -> [h1 | ukeymerge(n, t1, l2)]
      true -> [h2 | ukeymerge(n, l1, t2)]
    end
  end
  def ukeymerge(_n, [], l2), do: l2
  def ukeymerge(_n, l1, []), do: l1

  # keysort is stable; of equal keys the first is kept.
  def ukeysort(n, list) do
    dedup_keys(n, :lists.keysort(n, list))
  end
  defp dedup_keys(n, [a, b | t]) do
    if :erlang.element(n, a) == :erlang.element(n, b),
      do: dedup_keys(n, [a | t]),
      else: [a | dedup_keys(n, [b | t])]
  end
  defp dedup_keys(_n, list), do: list

  def uniq(list) when is_list(list), do: uniq_by(list, fn x -> x end, %{})
  def uniq(f, list) when is_function(f, 1) and is_list(list), do: uniq_by(list, f, %{})
  defp uniq_by([h | t], f, seen) do
    key = f.(h)
    case seen do
      %{^key => _} -> uniq_by(t, f, seen)
      _ -> [h | uniq_by(t, f, Map.put(seen, key, true))]
    end
  end
  defp uniq_by([], _f, _seen), do: []

  def zip3([a | as], [b | bs], [c | cs]), do: [{a, b, c} | zip3(as, bs, cs)]
  def zip3([], [], []), do: []
  def zipwith3(f, [a | as], [b | bs], [c | cs]), do: [f.(a, b, c) | zipwith3(f, as, bs, cs)]
  def zipwith3(f, [], [], []) when is_function(f, 3), do: []
  def unzip3(list) do
    {as, bs, cs} = :lists.foldl(fn {a, b, c}, {as, bs, cs} -> {[a | as], [b | bs], [c | cs]} end, {[], [], []}, list)
    {:lists.reverse(as), :lists.reverse(bs), :lists.reverse(cs)}
  end
  def zf(f, list), do: filtermap(f, list)
end
