# References as map keys, in data and in patterns.
r = make_ref()
s = make_ref()
m = %{r => :first, s => :second}
IO.inspect {m[r], m[s], Map.get(m, make_ref(), :none), map_size(m)}
IO.inspect {Map.has_key?(m, r), Map.fetch(m, s), Map.delete(m, r) |> map_size()}
m2 = Map.put(m, r, :updated)
IO.inspect {m2[r], map_size(m2)}
%{^r => v} = m
IO.inspect v
# A map with many reference keys (a HAMT) finds every one.
refs = for _ <- 1..100, do: make_ref()
big = refs |> Enum.with_index() |> Map.new()
IO.inspect map_size(big)
IO.inspect Enum.all?(Enum.with_index(refs), fn {k, i} -> big[k] == i end)
IO.inspect Map.get(big, r, :missing)
# The pin operator matches the same reference only.
check = fn x ->
  case x do
    ^r -> :r
    ^s -> :s
    {^r, n} -> {:tagged, n}
    _ -> :other
  end
end
IO.inspect Enum.map([r, s, {r, 5}, {s, 5}, make_ref(), :r], check)
defmodule Reply do
  def wait(ref, msgs) do
    case msgs do
      [{^ref, value} | _] -> {:ok, value}
      [_ | rest] -> wait(ref, rest)
      [] -> :timeout
    end
  end
end
t = make_ref()
IO.inspect Reply.wait(t, [{make_ref(), 1}, {:other, 2}, {t, 3}, {t, 4}])
IO.inspect Reply.wait(t, [{make_ref(), 1}])
IO.inspect match?(^r, r)
IO.inspect match?(^r, s)
try do
  ^r = s
rescue
  e in MatchError -> IO.puts(String.length(Exception.message(e)) > 0)
end
# In lists, tuples and keyword lists.
kw = [a: r, b: s]
IO.inspect {kw[:a] == r, kw[:b] == s, Enum.find([{r, 1}, {s, 2}], fn {k, _} -> k == s end) == {s, 2}}
IO.inspect Enum.member?([1, r, 2], r)
IO.inspect Enum.member?([1, s, 2], r)
