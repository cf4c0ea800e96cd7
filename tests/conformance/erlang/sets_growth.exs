# :sets version 1 growing past several segment expansions and shrinking back.
s = Enum.reduce(1..400, :sets.new(), &:sets.add_element/2)
{:set, size, n, maxn, bso, exp, con, _empty, segs} = s
IO.inspect {size, n, maxn, bso, exp, con, tuple_size(segs)}
IO.inspect :sets.to_list(s) |> Enum.take(20)
IO.inspect elem(segs, 3)
s2 = Enum.reduce(1..380, s, &:sets.del_element/2)
{:set, size, n, maxn, bso, exp, con, _empty, segs} = s2
IO.inspect {size, n, maxn, bso, exp, con, tuple_size(segs)}
IO.inspect :sets.to_list(s2)
f = :sets.filter(&(rem(&1, 7) == 0), s)
{:set, size, n, maxn, bso, exp, con, _empty, segs} = f
IO.inspect {size, n, maxn, bso, exp, con, tuple_size(segs)}
IO.inspect :sets.to_list(f)
words = :sets.from_list(~w(apple pear fig plum kiwi lime date))
IO.inspect words, limit: :infinity
IO.inspect :sets.to_list(:sets.union(words, :sets.from_list(["fig", "nut"])))
