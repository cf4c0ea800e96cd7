# :array as OTP 25's array.erl: {:array, Size, Max, Default, Elements}, where
# Elements is a tree of tuples: a leaf holds 10 entries, an inner node 10
# children and, as 11th element, the number of entries each child covers; a
# subtree nothing was written to yet is just that number. Max is 0 for a
# fixed-size array. The same growth and expansion, so arrays print and compare
# as they do on BEAM. Bad arguments raise :badarg as OTP does.
defmodule :array do
  @leaf 10
  @node 10


  def new, do: new([])
  def new(options), do: new_0(options, 0, false)

  def new(size, options) when is_integer(size) and size >= 0, do: new_0(options, size, true)
  def new(_, _), do: :erlang.error(:badarg)

  defp new_0(options, size, fixed) when is_list(options), do: new_1(options, size, fixed, :undefined)
  defp new_0(options, size, fixed), do: new_1([options], size, fixed, :undefined)

  defp new_1([:fixed | options], size, _, default), do: new_1(options, size, true, default)

  defp new_1([{:fixed, fixed} | options], size, _, default) when is_boolean(fixed),
    do: new_1(options, size, fixed, default)

  defp new_1([{:default, default} | options], size, fixed, _),
    do: new_1(options, size, fixed, default)

  defp new_1([{:size, size} | options], _, _, default) when is_integer(size) and size >= 0,
    do: new_1(options, size, true, default)

  defp new_1([size | options], _, _, default) when is_integer(size) and size >= 0,
    do: new_1(options, size, true, default)

  defp new_1([], size, fixed, default), do: new(size, fixed, default)
  defp new_1(_options, _size, _fixed, _default), do: :erlang.error(:badarg)

  defp new(0, false, :undefined), do: {:array, 0, @leaf, :undefined, @leaf}

  defp new(size, fixed, default) do
    e = find_max(size - 1, @leaf)
    {:array, size, if(fixed, do: 0, else: e), default, e}
  end

  defp find_max(i, m) when i >= m, do: find_max(i, m * @node)
  defp find_max(_i, m), do: m

  def is_array({:array, size, max, _, _}) when is_integer(size) and is_integer(max), do: true
  def is_array(_), do: false

  def size({:array, n, _, _, _}), do: n
  def size(_), do: :erlang.error(:badarg)

  def default({:array, _, _, d, _}), do: d
  def default(_), do: :erlang.error(:badarg)

  def fix({:array, n, _, d, e}), do: {:array, n, 0, d, e}

  def is_fix({:array, _, 0, _, _}), do: true
  def is_fix({:array, _, _, _, _}), do: false

  def relax({:array, n, _, d, e}), do: {:array, n, find_max(n - 1, @leaf), d, e}

  def resize(size, {:array, n, m, d, e} = a) when is_integer(size) and size >= 0 do
    cond do
      size > n ->
        {e1, m1} = grow(size - 1, e, if(m > 0, do: m, else: find_max(n - 1, @leaf)))
        {:array, size, if(m > 0, do: m1, else: m), d, e1}

      size < n ->
        {:array, size, m, d, e}

      true ->
        a
    end
  end

  def resize(_size, _), do: :erlang.error(:badarg)

  def resize(array), do: resize(sparse_size(array), array)

  def set(i, value, {:array, n, m, d, e}) when is_integer(i) and i >= 0 do
    cond do
      i < n ->
        {:array, n, m, d, set_1(i, e, value, d)}

      i < m ->
        {:array, i + 1, m, d, set_1(i, e, value, d)}

      m > 0 ->
        {e1, m1} = grow(i, e, m)
        {:array, i + 1, m1, d, set_1(i, e1, value, d)}

      true ->
        :erlang.error(:badarg)
    end
  end

  def set(_i, _v, _a), do: :erlang.error(:badarg)

  defp set_1(i, e, x, d) when tuple_size(e) == 11 do
    s = elem(e, 10)
    i1 = div(i, s)
    put_elem(e, i1, set_1(rem(i, s), elem(e, i1), x, d))
  end

  defp set_1(i, e, x, d) when is_integer(e), do: expand(i, e, x, d)
  defp set_1(i, e, x, _d), do: put_elem(e, i, x)

  # Grows the tree upwards until index i fits.
  defp grow(i, e, _m) when is_integer(e) do
    m1 = find_max(i, e)
    {m1, m1}
  end

  defp grow(i, e, m) when i >= m, do: grow(i, put_elem(new_node(m), 0, e), m * @node)
  defp grow(_i, e, m), do: {e, m}

  defp new_node(s), do: :erlang.make_tuple(@node + 1, s)

  defp expand(i, s, x, d) when s > @leaf do
    s1 = div(s, @node)
    put_elem(new_node(s1), div(i, s1), expand(rem(i, s1), s1, x, d))
  end

  defp expand(i, _s, x, d), do: put_elem(:erlang.make_tuple(@leaf, d), i, x)

  def get(i, {:array, n, m, d, e}) when is_integer(i) and i >= 0 do
    cond do
      i < n -> get_1(i, e, d)
      m > 0 -> d
      true -> :erlang.error(:badarg)
    end
  end

  def get(_i, _a), do: :erlang.error(:badarg)

  defp get_1(i, e, d) when tuple_size(e) == 11 do
    s = elem(e, 10)
    get_1(rem(i, s), elem(e, div(i, s)), d)
  end

  defp get_1(_i, e, d) when is_integer(e), do: d
  defp get_1(i, e, _d), do: elem(e, i)

  def reset(i, {:array, n, m, d, e} = a) when is_integer(i) and i >= 0 do
    cond do
      i < n ->
        case reset_1(i, e, d) do
          :default -> a
          e1 -> {:array, n, m, d, e1}
        end

      m > 0 ->
        a

      true ->
        :erlang.error(:badarg)
    end
  end

  def reset(_i, _a), do: :erlang.error(:badarg)

  # :default when the entry already holds the default (the array is kept).
  defp reset_1(i, e, d) when tuple_size(e) == 11 do
    s = elem(e, 10)
    i1 = div(i, s)

    case reset_1(rem(i, s), elem(e, i1), d) do
      :default -> :default
      child -> put_elem(e, i1, child)
    end
  end

  defp reset_1(_i, e, _d) when is_integer(e), do: :default

  defp reset_1(i, e, d) do
    case elem(e, i) do
      ^d -> :default
      _ -> put_elem(e, i, d)
    end
  end

  def to_list({:array, 0, _, _, _}), do: []
  def to_list({:array, n, _, d, e}), do: entries(e, d, n, [], fn _i, v, acc -> [v | acc] end)
  def to_list(_), do: :erlang.error(:badarg)

  def sparse_to_list({:array, 0, _, _, _}), do: []

  def sparse_to_list({:array, n, _, d, e}),
    do: sparse_entries(e, d, n, [], fn _i, v, acc -> [v | acc] end)

  def sparse_to_list(_), do: :erlang.error(:badarg)

  def to_orddict({:array, 0, _, _, _}), do: []

  def to_orddict({:array, n, _, d, e}),
    do: entries(e, d, n, [], fn i, v, acc -> [{i, v} | acc] end)

  def to_orddict(_), do: :erlang.error(:badarg)

  def sparse_to_orddict({:array, 0, _, _, _}), do: []

  def sparse_to_orddict({:array, n, _, d, e}),
    do: sparse_entries(e, d, n, [], fn i, v, acc -> [{i, v} | acc] end)

  def sparse_to_orddict(_), do: :erlang.error(:badarg)

  # Walks the entries below n from the last to the first (so that a list
  # built with [x | acc] comes out in order).
  defp entries(e, d, n, acc, f),
    do: Enum.reduce((n - 1)..0//-1, acc, fn i, acc -> f.(i, get_1(i, e, d), acc) end)

  defp sparse_entries(e, d, n, acc, f) do
    Enum.reduce((n - 1)..0//-1, acc, fn i, acc ->
      case get_1(i, e, d) do
        ^d -> acc
        v -> f.(i, v, acc)
      end
    end)
  end

  def foldl(function, a, {:array, n, _, d, e}) when is_function(function, 3) do
    if n > 0 do
      Enum.reduce(0..(n - 1), a, fn i, acc -> function.(i, get_1(i, e, d), acc) end)
    else
      a
    end
  end

  def foldl(_, _, _), do: :erlang.error(:badarg)

  def sparse_foldl(function, a, {:array, n, _, d, e}) when is_function(function, 3) do
    if n > 0 do
      Enum.reduce(0..(n - 1), a, fn i, acc ->
        case get_1(i, e, d) do
          ^d -> acc
          v -> function.(i, v, acc)
        end
      end)
    else
      a
    end
  end

  def sparse_foldl(_, _, _), do: :erlang.error(:badarg)

  def foldr(function, a, {:array, n, _, d, e}) when is_function(function, 3) do
    if n > 0 do
      Enum.reduce((n - 1)..0//-1, a, fn i, acc -> function.(i, get_1(i, e, d), acc) end)
    else
      a
    end
  end

  def foldr(_, _, _), do: :erlang.error(:badarg)

  def sparse_foldr(function, a, {:array, n, _, d, e}) when is_function(function, 3) do
    if n > 0, do: sparse_entries(e, d, n, a, function), else: a
  end

  def sparse_foldr(_, _, _), do: :erlang.error(:badarg)

  def sparse_size({:array, n, _, d, e}) do
    Enum.find_value((n - 1)..0//-1, 0, fn i ->
      if get_1(i, e, d) !== d, do: i + 1
    end)
  end

  def sparse_size(_), do: :erlang.error(:badarg)

  def from_list(list), do: from_list(list, :undefined)

  def from_list([], default), do: new({:default, default})

  def from_list(list, default) when is_list(list) do
    {e, n, m} = from_list_1(@leaf, list, default, 0, [], [])
    {:array, n, m, default, e}
  end

  def from_list(_, _), do: :erlang.error(:badarg)

  defp from_list_1(0, xs, d, n, as, es) do
    e = List.to_tuple(:lists.reverse(as))

    case xs do
      [] ->
        case es do
          [] -> {e, n, @leaf}
          _ -> from_list_2_0(n, [e | es], @leaf)
        end

      [_ | _] ->
        from_list_1(@leaf, xs, d, n, [], [e | es])

      _ ->
        :erlang.error(:badarg)
    end
  end

  defp from_list_1(i, xs, d, n, as, es) do
    case xs do
      [x | xs1] -> from_list_1(i - 1, xs1, d, n + 1, [x | as], es)
      _ -> from_list_1(i - 1, xs, d, n, [d | as], es)
    end
  end

  # Builds the inner nodes from children listed last first.
  defp from_list_2_0(n, es, s),
    do: from_list_2(@node, pad(div(n - 1, s) + 1, @node, s, es), s, n, [s], [])

  defp from_list_2(0, xs, s, n, as, es) do
    e = List.to_tuple(as)

    case xs do
      [] ->
        case es do
          [] -> {e, n, s * @node}
          _ -> from_list_2_0(n, :lists.reverse([e | es]), s * @node)
        end

      _ ->
        from_list_2(@node, xs, s, n, [s], [e | es])
    end
  end

  defp from_list_2(i, [x | xs], s, n, as, es), do: from_list_2(i - 1, xs, s, n, [x | as], es)

  defp pad(n, k, p, es), do: push(rem(k - rem(n, k), k), p, es)

  defp push(0, _e, l), do: l
  defp push(n, e, l), do: push(n - 1, e, [e | l])

  def from_orddict(list), do: from_orddict(list, :undefined)

  def from_orddict([], default), do: new({:default, default})

  # The tree OTP builds is the one setting the entries in order into an empty
  # array builds: leaves only where there are entries, unexpanded subtrees
  # for the holes. Indices must be integers, each above the one before.
  def from_orddict(list, default) when is_list(list) do
    from_orddict_1(list, -1, new({:default, default}))
  end

  def from_orddict(_, _), do: :erlang.error(:badarg)

  defp from_orddict_1([{ix, value} | rest], prev, array) when is_integer(ix) and ix > prev,
    do: from_orddict_1(rest, ix, set(ix, value, array))

  defp from_orddict_1([], _prev, array), do: array
  defp from_orddict_1(xs, _prev, _array), do: :erlang.error({:badarg, xs})

  def map(function, {:array, n, m, d, e} = array) when is_function(function, 2) do
    if n > 0, do: {:array, n, m, d, map_1(n - 1, e, 0, function, d)}, else: array
  end

  def map(_, _), do: :erlang.error(:badarg)

  # Expands every subtree up to the last entry n and applies the function to
  # each entry of it, in index order.
  defp map_1(n, e, ix, f, d) when tuple_size(e) == 11 do
    s = elem(e, 10)
    last = div(n, s)

    children =
      for i <- 0..9 do
        cond do
          i < last -> map_1(s - 1, elem(e, i), ix + i * s, f, d)
          i == last -> map_1(rem(n, s), elem(e, i), ix + i * s, f, d)
          true -> elem(e, i)
        end
      end

    List.to_tuple(children ++ [s])
  end

  defp map_1(n, e, ix, f, d) when is_integer(e), do: map_1(n, unfold(e, d), ix, f, d)

  defp map_1(n, e, ix, f, d) do
    List.to_tuple(for i <- 0..(@leaf - 1), do: if(i <= n, do: f.(ix + i, elem(e, i)), else: d))
  end

  defp unfold(s, _d) when s > @leaf, do: new_node(div(s, @node))
  defp unfold(_s, d), do: :erlang.make_tuple(@leaf, d)

  def sparse_map(function, {:array, n, m, d, e} = array) when is_function(function, 2) do
    if n > 0, do: {:array, n, m, d, sparse_map_1(n - 1, e, 0, function, d)}, else: array
  end

  def sparse_map(_, _), do: :erlang.error(:badarg)

  defp sparse_map_1(n, e, ix, f, d) when tuple_size(e) == 11 do
    s = elem(e, 10)
    last = div(n, s)

    children =
      for i <- 0..9 do
        cond do
          i < last -> sparse_map_1(s - 1, elem(e, i), ix + i * s, f, d)
          i == last -> sparse_map_1(rem(n, s), elem(e, i), ix + i * s, f, d)
          true -> elem(e, i)
        end
      end

    List.to_tuple(children ++ [s])
  end

  defp sparse_map_1(_n, e, _ix, _f, _d) when is_integer(e), do: e

  defp sparse_map_1(_n, e, ix, f, d) do
    List.to_tuple(
      for i <- 0..(@leaf - 1) do
        case elem(e, i) do
          ^d -> d
          v -> f.(ix + i, v)
        end
      end
    )
  end
end
