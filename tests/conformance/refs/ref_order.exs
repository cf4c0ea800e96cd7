# References in Erlang's term order:
# number < atom < reference < fun < port < pid < tuple < map < nil < list < bitstring
r = make_ref()
s = make_ref()
f = fn -> :ok end
p = self()
IO.inspect {1 < r, 1.5 < r, 100_000_000_000_000_000_000 < r, :zzz < r, nil < r, true < r}
IO.inspect {r < f, r < p, r < {}, r < {1, 2}, r < %{}, r < [], r < [1], r < "", r < <<1::1>>}
IO.inspect {r > 1, r > :a, r > f, r > p, r >= r, r <= r, r > r, r < r}
# Two references order one way or the other, never both.
IO.inspect {(r < s) != (s < r), (r > s) == (s < r), r == s}
IO.inspect {min(r, :a), max(r, 1) == r, max(r, f) == f, min(r, p) == r}
# Sorting a mixed list puts the reference after atoms and before funs.
defmodule Sort do
  def sort([]), do: []
  def sort([h | t]), do: insert(h, sort(t))
  defp insert(x, []), do: [x]
  defp insert(x, [y | rest]) when x <= y, do: [x, y | rest]
  defp insert(x, [y | rest]), do: [y | insert(x, rest)]
end
kind = fn
  x when is_reference(x) -> :ref
  x when is_pid(x) -> :pid
  x when is_function(x) -> :fun
  x -> x
end
IO.inspect Sort.sort(["b", [1], [], %{a: 1}, {1}, p, f, r, :atom, 3, 2.5]) |> Enum.map(kind)
IO.inspect Sort.sort([{r, 2}, {:a, 1}, {1, 3}, {f, 0}]) |> Enum.map(fn {_, n} -> n end)
# Equality inside structures compares references exactly.
IO.inspect {{r, 1} == {r, 1}, [r, s] == [r, s], [r, s] == [s, r], %{k: r} == %{k: r}, {r} == {s}}
IO.inspect {{r, 1} === {r, 1.0}, {r, 1} == {r, 1.0}}
