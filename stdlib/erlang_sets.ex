# :sets as OTP 25's sets.erl. Version 1 (the default) is OTP's record
# {:set, Size, N, MaxN, BSO, ExpSize, ConSize, Empty, Segs}: a linear hash
# table of segments of 16 buckets that grows and shrinks one bucket at a
# time, placing elements by :erlang.phash/2, so sets print and compare (and
# list their elements in the order) they do on BEAM. Version 2
# (`new([{:version, 2}])`) is a map of the elements to [].
defmodule :sets do
  @seg_size 16
  @expand_load 5
  @contract_load 3

  def new do
    empty = :erlang.make_tuple(@seg_size, [])

    {:set, 0, @seg_size, @seg_size, div(@seg_size, 2), @seg_size * @expand_load,
      @seg_size * @contract_load, empty, {empty}}
  end

  def new([{:version, 2}]), do: %{}

  def new(opts) do
    case :proplists.get_value(:version, opts, 1) do
      1 -> new()
      2 -> %{}
    end
  end

  def from_list(ls), do: :lists.foldl(fn e, s -> add_element(e, s) end, new(), ls)

  def from_list(ls, [{:version, 2}]), do: :maps.from_keys(ls, [])

  def from_list(ls, opts) do
    case :proplists.get_value(:version, opts, 1) do
      1 -> from_list(ls)
      2 -> :maps.from_keys(ls, [])
    end
  end

  def is_set(%{}), do: true
  def is_set({:set, _, _, _, _, _, _, _, _}), do: true
  def is_set(_), do: false

  def size(%{} = s), do: map_size(s)
  def size({:set, size, _, _, _, _, _, _, _}), do: size

  def is_empty(%{} = s), do: map_size(s) == 0
  def is_empty({:set, size, _, _, _, _, _, _, _}), do: size == 0

  def to_list(%{} = s), do: :maps.keys(s)
  def to_list({:set, _, _, _, _, _, _, _, _} = s), do: fold(fn elem, list -> [elem | list] end, [], s)

  def is_element(e, %{} = s) do
    case s do
      %{^e => _} -> true
      _ -> false
    end
  end

  def is_element(e, {:set, _, _, _, _, _, _, _, _} = s),
    do: :lists.member(e, get_bucket(s, get_slot(s, e)))

  def add_element(e, %{} = s), do: Map.put(s, e, [])

  def add_element(e, {:set, _, _, _, _, _, _, _, _} = s0) do
    slot = get_slot(s0, e)
    bkt = get_bucket(s0, slot)

    if :lists.member(e, bkt),
      do: s0,
      else: maybe_expand(update_bucket(s0, slot, [e | bkt]))
  end

  def del_element(e, %{} = s), do: :maps.remove(e, s)

  def del_element(e, {:set, _, _, _, _, _, _, _, _} = s0) do
    slot = get_slot(s0, e)
    bkt = get_bucket(s0, slot)

    if :lists.member(e, bkt),
      do: maybe_contract(update_bucket(s0, slot, :lists.delete(e, bkt)), 1),
      else: s0
  end

  def union(%{} = s1, %{} = s2), do: :maps.merge(s1, s2)

  def union(s1, s2) do
    if size(s1) < size(s2),
      do: fold(fn e, s -> add_element(e, s) end, s2, s1),
      else: fold(fn e, s -> add_element(e, s) end, s1, s2)
  end

  def union([s1, s2 | ss]), do: union1(union(s1, s2), ss)
  def union([s]), do: s
  def union([]), do: new()

  defp union1(s1, [s2 | ss]), do: union1(union(s1, s2), ss)
  defp union1(s1, []), do: s1

  def intersection(%{} = s1, %{} = s2) do
    {small, big} = if map_size(s1) < map_size(s2), do: {s1, s2}, else: {s2, s1}
    :maps.filter(fn k, _ -> :erlang.is_map_key(k, big) end, small)
  end

  def intersection(s1, s2) do
    if size(s1) < size(s2),
      do: filter(fn e -> is_element(e, s2) end, s1),
      else: filter(fn e -> is_element(e, s1) end, s2)
  end

  def intersection([s1, s2 | ss]), do: intersection1(intersection(s1, s2), ss)
  def intersection([s]), do: s

  defp intersection1(s1, [s2 | ss]), do: intersection1(intersection(s1, s2), ss)
  defp intersection1(s1, []), do: s1

  def is_disjoint(%{} = s1, %{} = s2) do
    {small, big} = if map_size(s1) < map_size(s2), do: {s1, s2}, else: {s2, s1}
    not Enum.any?(:maps.keys(small), &:erlang.is_map_key(&1, big))
  end

  def is_disjoint(s1, s2) do
    {small, big} = if size(s1) < size(s2), do: {s1, s2}, else: {s2, s1}

    fold(
      fn
        _, false -> false
        e, true -> not is_element(e, big)
      end,
      true,
      small
    )
  end

  def subtract(%{} = s1, %{} = s2), do: :maps.filter(fn k, _ -> not :erlang.is_map_key(k, s2) end, s1)
  def subtract(s1, s2), do: filter(fn e -> not is_element(e, s2) end, s1)

  def is_subset(%{} = s1, %{} = s2) do
    map_size(s1) <= map_size(s2) and Enum.all?(:maps.keys(s1), &:erlang.is_map_key(&1, s2))
  end

  def is_subset(s1, s2), do: fold(fn e, sub -> sub and is_element(e, s2) end, true, s1)

  def fold(f, acc, %{} = d) when is_function(f, 2),
    do: :lists.foldl(fn k, acc -> f.(k, acc) end, acc, :maps.keys(d))

  def fold(f, acc, {:set, _, _, _, _, _, _, _, segs}) when is_function(f, 2),
    do: fold_segs(f, acc, segs, tuple_size(segs))

  def filter(f, %{} = d) when is_function(f, 1), do: :maps.filter(fn k, _ -> f.(k) end, d)

  def filter(f, {:set, size, n, maxn, bso, exp, con, empty, segs}) when is_function(f, 1) do
    {segs1, removed} =
      segs
      |> Tuple.to_list()
      |> Enum.map_reduce(0, fn seg, removed ->
        {bkts, removed} =
          seg
          |> Tuple.to_list()
          |> Enum.map_reduce(removed, fn bkt, removed -> filter_bucket(f, bkt, [], removed) end)

        {List.to_tuple(bkts), removed}
      end)

    maybe_contract({:set, size, n, maxn, bso, exp, con, empty, List.to_tuple(segs1)}, removed)
  end

  # Keeps the bucket's elements that pass, in reverse order (as OTP does).
  defp filter_bucket(f, [e | bkt], kept, removed) do
    if f.(e),
      do: filter_bucket(f, bkt, [e | kept], removed),
      else: filter_bucket(f, bkt, kept, removed + 1)
  end

  defp filter_bucket(_, [], kept, removed), do: {kept, removed}

  defp fold_segs(f, acc, segs, i) when i >= 1 do
    seg = elem(segs, i - 1)
    fold_segs(f, fold_seg(f, acc, seg, tuple_size(seg)), segs, i - 1)
  end

  defp fold_segs(_, acc, _, _), do: acc

  defp fold_seg(f, acc, seg, i) when i >= 1,
    do: fold_seg(f, :lists.foldl(f, acc, elem(seg, i - 1)), seg, i - 1)

  defp fold_seg(_, acc, _, _), do: acc

  defp get_slot({:set, _, n, maxn, bso, _, _, _, _}, key) do
    h = :erlang.phash(key, maxn)
    if h > n, do: h - bso, else: h
  end

  defp get_bucket({:set, _, _, _, _, _, _, _, segs}, slot), do: get_bucket_s(segs, slot)

  defp get_bucket_s(segs, slot),
    do: elem(elem(segs, div(slot - 1, @seg_size)), rem(slot - 1, @seg_size))

  defp put_bucket_s(segs, slot, bkt) do
    seg_i = div(slot - 1, @seg_size)
    put_elem(segs, seg_i, put_elem(elem(segs, seg_i), rem(slot - 1, @seg_size), bkt))
  end

  defp update_bucket({:set, size, n, maxn, bso, exp, con, empty, segs}, slot, bkt),
    do: {:set, size, n, maxn, bso, exp, con, empty, put_bucket_s(segs, slot, bkt)}

  # One more element; past the expansion size the table grows by one bucket,
  # splitting its buddy bucket's elements between the two.
  defp maybe_expand({:set, size, _, _, _, exp, _, _, _} = t0) when size + 1 > exp do
    {:set, size, n0, maxn, bso, _, _, empty, segs0} = maybe_expand_segs(t0)
    n = n0 + 1
    slot1 = n - bso
    {b1, b2} = rehash(get_bucket_s(segs0, slot1), slot1, n, maxn)
    segs = segs0 |> put_bucket_s(slot1, b1) |> put_bucket_s(n, b2)
    {:set, size + 1, n, maxn, bso, n * @expand_load, n * @contract_load, empty, segs}
  end

  defp maybe_expand({:set, size, n, maxn, bso, exp, con, empty, segs}),
    do: {:set, size + 1, n, maxn, bso, exp, con, empty, segs}

  defp maybe_expand_segs({:set, size, n, n, bso, exp, con, empty, segs}),
    do: {:set, size, n, 2 * n, 2 * bso, exp, con, empty, expand_segs(segs, empty)}

  defp maybe_expand_segs(t), do: t

  defp expand_segs(segs, empty),
    do: List.to_tuple(Tuple.to_list(segs) ++ List.duplicate(empty, tuple_size(segs)))

  defp rehash([e | t], slot1, slot2, maxn) do
    {l1, l2} = rehash(t, slot1, slot2, maxn)

    case :erlang.phash(e, maxn) do
      ^slot1 -> {[e | l1], l2}
      ^slot2 -> {l1, [e | l2]}
    end
  end

  defp rehash([], _, _, _), do: {[], []}

  # dc fewer elements; below the contraction size the last bucket is merged
  # into its buddy.
  defp maybe_contract({:set, size, n, maxn, bso, _, con, empty, segs0}, dc)
       when size - dc < con and n > @seg_size do
    slot1 = n - bso
    b1 = get_bucket_s(segs0, slot1)
    b2 = get_bucket_s(segs0, n)
    segs = segs0 |> put_bucket_s(slot1, b1 ++ b2) |> put_bucket_s(n, [])
    n1 = n - 1

    maybe_contract_segs(
      {:set, size - dc, n1, maxn, bso, n1 * @expand_load, n1 * @contract_load, empty, segs}
    )
  end

  defp maybe_contract({:set, size, n, maxn, bso, exp, con, empty, segs}, dc),
    do: {:set, size - dc, n, maxn, bso, exp, con, empty, segs}

  defp maybe_contract_segs({:set, size, n, maxn, n, exp, con, empty, segs}) do
    {:set, size, n, div(maxn, 2), div(n, 2), exp, con, empty, contract_segs(segs)}
  end

  defp maybe_contract_segs(t), do: t

  defp contract_segs(segs),
    do: segs |> Tuple.to_list() |> Enum.take(div(tuple_size(segs), 2)) |> List.to_tuple()
end
