# :orddict and :ordsets as OTP 25 writes them: ordered lists ({Key, Value}
# pairs sorted by key, and sorted lists without duplicates).
defmodule :orddict do
  def new, do: []
  def is_empty([]), do: true
  def is_empty([_ | _]), do: false
  def size(d), do: length(d)
  def to_list(d), do: d

  # Of equal keys the last pair wins.
  def from_list([]), do: []
  def from_list([{_, _}] = pair), do: pair
  def from_list(pairs), do: :lists.ukeysort(1, :lists.reverse(pairs))

  def is_key(key, [{k, _} | _]) when key < k, do: false
  def is_key(key, [{k, _} | d]) when key > k, do: is_key(key, d)
  def is_key(_key, [{_k, _} | _]), do: true
  def is_key(_, []), do: false

  def find(key, [{k, _} | _]) when key < k, do: :error
  def find(key, [{k, _} | d]) when key > k, do: find(key, d)
  def find(_key, [{_k, value} | _]), do: {:ok, value}
  def find(_, []), do: :error

  def fetch(key, [{k, _} | d]) when key > k, do: fetch(key, d)
  def fetch(key, [{k, value} | _]) when key == k, do: value
  def fetch(key, d), do: :erlang.error(:function_clause, [key, d])

  def fetch_keys([{key, _} | d]), do: [key | fetch_keys(d)]
  def fetch_keys([]), do: []

  def erase(key, [{k, _} = e | dict]) when key < k, do: [e | dict]
  def erase(key, [{k, _} = e | dict]) when key > k, do: [e | erase(key, dict)]
  def erase(_key, [{_k, _val} | dict]), do: dict
  def erase(_, []), do: []

  def take(key, dict), do: take(key, dict, [])
  defp take(key, [{k, _} | _], _acc) when key < k, do: :error
  defp take(key, [{k, _} = p | d], acc) when key > k, do: take(key, d, [p | acc])
  defp take(_key, [{_k, value} | d], acc), do: {value, :lists.reverse(acc, d)}
  defp take(_, [], _), do: :error

  def store(key, new, [{k, _} | _] = dict) when key < k, do: [{key, new} | dict]
  def store(key, new, [{k, _} = e | dict]) when key > k, do: [e | store(key, new, dict)]
  def store(key, new, [{_k, _old} | dict]), do: [{key, new} | dict]
  def store(key, new, []), do: [{key, new}]

  def append(key, new, [{k, _} | _] = dict) when key < k, do: [{key, [new]} | dict]
  def append(key, new, [{k, _} = e | dict]) when key > k, do: [e | append(key, new, dict)]
  def append(key, new, [{_k, old} | dict]), do: [{key, old ++ [new]} | dict]
  def append(key, new, []), do: [{key, [new]}]

  def append_list(key, new, [{k, _} | _] = dict) when key < k, do: [{key, new} | dict]
  def append_list(key, new, [{k, _} = e | dict]) when key > k, do: [e | append_list(key, new, dict)]
  def append_list(key, new, [{_k, old} | dict]), do: [{key, old ++ new} | dict]
  def append_list(key, new, []), do: [{key, new}]

  def update(key, fun, [{k, _} = e | dict]) when key > k, do: [e | update(key, fun, dict)]
  def update(key, fun, [{k, val} | dict]) when key == k, do: [{key, fun.(val)} | dict]
  def update(key, fun, dict), do: :erlang.error(:function_clause, [key, fun, dict])

  def update(key, _, init, [{k, _} | _] = dict) when key < k, do: [{key, init} | dict]
  def update(key, fun, init, [{k, _} = e | dict]) when key > k, do: [e | update(key, fun, init, dict)]
  def update(key, fun, _init, [{_k, val} | dict]), do: [{key, fun.(val)} | dict]
  def update(key, _, init, []), do: [{key, init}]

  def update_counter(key, incr, [{k, _} | _] = dict) when key < k, do: [{key, incr} | dict]
  def update_counter(key, incr, [{k, _} = e | dict]) when key > k, do: [e | update_counter(key, incr, dict)]
  def update_counter(key, incr, [{_k, val} | dict]), do: [{key, val + incr} | dict]
  def update_counter(key, incr, []), do: [{key, incr}]

  def fold(f, acc, [{key, val} | d]), do: fold(f, f.(key, val, acc), d)
  def fold(f, acc, []) when is_function(f, 3), do: acc

  def map(f, [{key, val} | d]), do: [{key, f.(key, val)} | map(f, d)]
  def map(f, []) when is_function(f, 2), do: []

  def filter(f, [{key, val} = e | d]) do
    if f.(key, val), do: [e | filter(f, d)], else: filter(f, d)
  end

  def filter(f, []) when is_function(f, 2), do: []

  def merge(f, [{k1, _} = e1 | d1], [{k2, _} | _] = d2) when k1 < k2, do: [e1 | merge(f, d1, d2)]
  def merge(f, [{k1, _} | _] = d1, [{k2, _} = e2 | d2]) when k1 > k2, do: [e2 | merge(f, d1, d2)]
  def merge(f, [{k1, v1} | d1], [{_k2, v2} | d2]), do: [{k1, f.(k1, v1, v2)} | merge(f, d1, d2)]
  def merge(f, [], d2) when is_function(f, 3), do: d2
  def merge(f, d1, []) when is_function(f, 3), do: d1
end

defmodule :ordsets do
  def new, do: []
  def is_set([e | es]), do: is_set(es, e)
  def is_set([]), do: true
  def is_set(_), do: false
  defp is_set([e2 | es], e1) when e1 < e2, do: is_set(es, e2)
  defp is_set([_ | _], _), do: false
  defp is_set([], _), do: true

  def size(s), do: length(s)
  def is_empty(s), do: s == []
  def to_list(s), do: s
  def from_list(l), do: :lists.usort(l)

  def is_element(e, [h | es]) when e > h, do: is_element(e, es)
  def is_element(e, [h | _]) when e < h, do: false
  def is_element(_e, [_h | _]), do: true
  def is_element(_, []), do: false

  def add_element(e, [h | es]) when e > h, do: [h | add_element(e, es)]
  def add_element(e, [h | _] = set) when e < h, do: [e | set]
  def add_element(_e, [_h | _] = set), do: set
  def add_element(e, []), do: [e]

  def del_element(e, [h | es]) when e > h, do: [h | del_element(e, es)]
  def del_element(e, [h | _] = set) when e < h, do: set
  def del_element(_e, [_h | es]), do: es
  def del_element(_, []), do: []

  def union(s1, s2), do: :lists.umerge(s1, s2)
  def union(sets), do: :lists.umerge(sets)

  def intersection([e1 | es1], [e2 | _] = set2) when e1 < e2, do: intersection(es1, set2)
  def intersection([e1 | _] = set1, [e2 | es2]) when e1 > e2, do: intersection(es2, set1)
  def intersection([e1 | es1], [_e2 | es2]), do: [e1 | intersection(es1, es2)]
  def intersection([], _), do: []
  def intersection(_, []), do: []

  def intersection([s1, s2 | ss]), do: :lists.foldl(&intersection/2, intersection(s1, s2), ss)
  def intersection([s]), do: s

  def is_disjoint([e1 | es1], [e2 | _] = set2) when e1 < e2, do: is_disjoint(es1, set2)
  def is_disjoint([e1 | _] = set1, [e2 | es2]) when e1 > e2, do: is_disjoint(es2, set1)
  def is_disjoint([_e1 | _es1], [_e2 | _es2]), do: false
  def is_disjoint([], _), do: true
  def is_disjoint(_, []), do: true

  def subtract([e1 | es1], [e2 | _] = set2) when e1 < e2, do: [e1 | subtract(es1, set2)]
  def subtract([e1 | _] = set1, [e2 | es2]) when e1 > e2, do: subtract(set1, es2)
  def subtract([_e1 | es1], [_e2 | es2]), do: subtract(es1, es2)
  def subtract([], _), do: []
  def subtract(es1, []), do: es1

  def is_subset([e1 | _], [e2 | _]) when e1 < e2, do: false
  def is_subset([e1 | _] = set1, [e2 | es2]) when e1 > e2, do: is_subset(set1, es2)
  def is_subset([_e1 | es1], [_e2 | es2]), do: is_subset(es1, es2)
  def is_subset([], _), do: true
  def is_subset(_, []), do: false

  def fold(f, acc, set), do: :lists.foldl(f, acc, set)
  def filter(f, set), do: :lists.filter(f, set)
end

# :proplists as OTP 25: a property is {Key, Value} or an atom (meaning
# {Atom, true}); lookups take the first match.
defmodule :proplists do
  def property({key, true}) when is_atom(key), do: key
  def property(property), do: property
  def property(key, true) when is_atom(key), do: key
  def property(key, value), do: {key, value}

  def unfold([p | ps]) when is_atom(p), do: [{p, true} | unfold(ps)]
  def unfold([p | ps]), do: [p | unfold(ps)]
  def unfold([]), do: []

  def compact(list), do: for(p <- list, do: property(p))

  def lookup(key, [p | ps]) do
    cond do
      is_atom(p) and p === key -> {key, true}
      is_tuple(p) and tuple_size(p) >= 1 and elem(p, 0) === key -> p
      true -> lookup(key, ps)
    end
  end

  def lookup(_key, []), do: :none

  def lookup_all(key, [p | ps]) do
    cond do
      is_atom(p) and p === key -> [{key, true} | lookup_all(key, ps)]
      is_tuple(p) and tuple_size(p) >= 1 and elem(p, 0) === key -> [p | lookup_all(key, ps)]
      true -> lookup_all(key, ps)
    end
  end

  def lookup_all(_key, []), do: []

  def is_defined(key, list), do: lookup(key, list) != :none

  def get_value(key, list), do: get_value(key, list, :undefined)

  def get_value(key, [p | ps], default) do
    cond do
      is_atom(p) and p === key -> true
      is_tuple(p) and tuple_size(p) >= 1 and elem(p, 0) === key ->
        case p do
          {_, value} -> value
          _ -> default
        end

      true ->
        get_value(key, ps, default)
    end
  end

  def get_value(_key, [], default), do: default

  def get_all_values(key, list), do: for({_, value} <- lookup_all(key, list), do: value)

  def append_values(key, [p | ps]) do
    case p do
      {^key, value} when is_list(value) -> value ++ append_values(key, ps)
      {^key, value} -> [value | append_values(key, ps)]
      ^key when is_atom(p) -> [true | append_values(key, ps)]
      _ -> append_values(key, ps)
    end
  end

  def append_values(_key, []), do: []

  def get_bool(key, list) do
    case lookup(key, list) do
      {_, true} -> true
      _ -> false
    end
  end

  def get_keys(list) do
    keys =
      for p <- list, reduce: [] do
        acc ->
          cond do
            is_atom(p) -> [p | acc]
            is_tuple(p) and tuple_size(p) >= 1 -> [elem(p, 0) | acc]
            true -> acc
          end
      end

    :ordsets.from_list(keys)
  end

  def delete(key, [p | ps]) do
    cond do
      is_atom(p) and p === key -> delete(key, ps)
      is_tuple(p) and tuple_size(p) >= 1 and elem(p, 0) === key -> delete(key, ps)
      true -> [p | delete(key, ps)]
    end
  end

  def delete(_, []), do: []

  def split(list, keys) do
    store = :maps.from_list(for k <- keys, do: {k, []})

    {store, rest} =
      Enum.reduce(list, {store, []}, fn p, {store, rest} ->
        key =
          cond do
            is_atom(p) -> p
            is_tuple(p) and tuple_size(p) >= 1 -> elem(p, 0)
            true -> make_ref()
          end

        case store do
          %{^key => ps} -> {Map.put(store, key, [p | ps]), rest}
          _ -> {store, [p | rest]}
        end
      end)

    {for(k <- keys, do: :lists.reverse(Map.fetch!(store, k))), :lists.reverse(rest)}
  end

  def to_map(list) do
    :lists.foldr(
      fn
        {k, v}, acc -> Map.put(acc, k, v)
        k, acc when is_atom(k) -> Map.put(acc, k, true)
        _, acc -> acc
      end,
      %{},
      list
    )
  end

  def to_map(list, stages), do: to_map(normalize(list, stages))

  def from_map(map), do: :maps.to_list(map)

  def expand(_expansions, list), do: list

  def substitute_aliases(as, props), do: for(p <- props, do: substitute_alias(as, p))

  defp substitute_alias([{key, key1} | as], p) do
    case p do
      ^key when is_atom(p) -> property(key1, true)
      {^key, v} -> property(key1, v)
      _ -> substitute_alias(as, p)
    end
  end

  defp substitute_alias([], p), do: p

  def substitute_negations(as, props), do: for(p <- props, do: substitute_negation(as, p))

  defp substitute_negation([{key, key1} | as], p) do
    case p do
      ^key when is_atom(p) -> property(key1, false)
      {^key, true} -> property(key1, false)
      {^key, false} -> property(key1, true)
      {^key, _} -> property(key1, true)
      _ -> substitute_negation(as, p)
    end
  end

  defp substitute_negation([], p), do: p

  def normalize(list, [{:aliases, as} | xs]), do: normalize(substitute_aliases(as, list), xs)
  def normalize(list, [{:expand, es} | xs]), do: normalize(expand(es, list), xs)
  def normalize(list, [{:negations, ns} | xs]), do: normalize(substitute_negations(ns, list), xs)
  def normalize(list, []), do: compact(list)
end
