# Many values live across a receive, of every kind, in one function.
defmodule Live do
  def many(a, b, c, d, e) do
    f = a + b
    g = [c, d]
    h = {e, f}
    i = "str#{a}"
    j = %{k: b}
    k = 1.5 * a
    send(self(), {:go, 1})
    r =
      receive do
        {:go, x} -> x + a + b + c + d + e
      end
    {a, b, c, d, e, f, g, h, i, j, k, r}
  end

  # Every clause of a multi-clause function with its own receive.
  def clause(:a, x), do: receive(do: ({:a, y} -> {:a, x, y}))
  def clause(:b, x) do
    receive do
      {:b, ^x} -> {:b_pinned, x}
    after
      0 -> {:b_none, x}
    end
  end
  def clause(other, x) when is_integer(other) do
    y = other * x
    receive do
      z -> {other, x, y, z}
    end
  end

  # Arguments of a call computed around a receive.
  def args(a, b), do: combine(a + 1, receive(do: (m -> m)), b * 2, a - b)
  def combine(p, q, r, s), do: [p, q, r, s]
end

IO.inspect(Live.many(1, 2, 3, 4, 5))
send(self(), {:a, 10})
IO.inspect(Live.clause(:a, 9))
send(self(), {:b, 7})
IO.inspect(Live.clause(:b, 7))
IO.inspect(Live.clause(:b, 7))
send(self(), :zz)
IO.inspect(Live.clause(3, 4))
send(self(), :mid)
IO.inspect(Live.args(10, 3))
