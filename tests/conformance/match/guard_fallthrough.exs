# Guards that fail (or raise) fall through to the following clauses, even
# inside a switch branch.
defmodule G do
  def f({:num, n}) when n > 100, do: :huge
  def f({:num, n}) when n > 10, do: :big
  def f({:num, n}) when hd(n) == 1, do: :raises_for_ints
  def f({:num, _}), do: :small
  def f({:str, s}) when byte_size(s) > 3, do: :long
  def f({:str, _}), do: :short
  def f({tag, _}) when tag in [:num, :str], do: :unreachable
  def f({tag, v}), do: {:other, tag, v}

  def g(x) when length(x) > 2, do: :long_list
  def g(x) when is_list(x), do: :list
  def g(x) when elem(x, 0) == :a, do: :tuple_a
  def g(_), do: :fallback
end

for v <- [{:num, 500}, {:num, 50}, {:num, [1]}, {:num, 5}, {:str, "abcd"}, {:str, "ab"}, {:x, 1}] do
  IO.inspect(G.f(v))
end
for v <- [[1, 2, 3], [1], {:a, 1}, {:b, 1}, 5, {}] do
  IO.inspect(G.g(v))
end

r = case {1, [2]} do
  {a, b} when a > hd(b) -> :first
  {a, b} when a + hd(b) == 3 -> :second
  _ -> :third
end
IO.inspect(r)
