# A call's result matched at once (case subject, match expression): the
# compiler matches it where the call left it. Includes functions of no
# arguments, failing matches that report the value, and the value used
# after more calls.
defmodule CallSubject do
  def pair, do: {1, 2}
  def triple(x), do: {x, x + 1, x + 2}
  def id(x), do: x

  def a do
    {p, q} = pair()
    case triple(p + q) do
      {3, y, z} -> {p, q, y, z, id(y) + z}
      other -> {:other, other}
    end
  end

  def b do
    case pair() do
      {x, y} = t when x < y -> {t, id(x), y}
      t -> {:no, t}
    end
  end

  def c(n) do
    r = case id(n) do
      0 -> :zero
      k when k > 0 -> {:pos, id(k) * 2, k}
      k -> {:neg, k}
    end
    {r, n}
  end

  def d(v) do
    {:ok, x} = id(v)
    x
  end

  def e(v) do
    case id(v) do
      :a -> 1
      :b -> 2
    end
  end

  def f do
    [h | t] = Enum.map([1, 2, 3], &(&1 * 10))
    {h, t, length(t)}
  end
end

IO.inspect(CallSubject.a())
IO.inspect(CallSubject.b())
IO.inspect(Enum.map([0, 5, -3], &CallSubject.c/1))
IO.inspect(CallSubject.d({:ok, 42}))
IO.inspect(CallSubject.f())
for v <- [{:error, 1}, :x] do
  try do
    CallSubject.d(v)
  rescue
    e -> IO.inspect(e)
  end
end
try do
  CallSubject.e(:c)
rescue
  e -> IO.inspect(e)
end
IO.inspect(CallSubject.e(:b))
