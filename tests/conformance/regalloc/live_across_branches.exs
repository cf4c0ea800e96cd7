# Variables bound by match expressions, read before and after calls, inside
# case/if/cond branches: the code generator keeps some in x registers.
defmodule LiveBranches do
  def id(x), do: x

  def a(x, y) do
    t = x * 2
    u = y + 1
    case t > u do
      true ->
        v = id(t)
        v + u
      false ->
        w = t - u
        w * 3
    end
  end

  def b(list) do
    n = length(list)
    m = n * n
    s = Enum.sum(list)
    {n, m, s, n + m + s}
  end

  def c(x) do
    k = x + 1
    r =
      if k > 3 do
        j = k * 10
        j + id(j)
      else
        k - 1
      end
    {k, r}
  end

  def d(x) do
    a = x + 1
    b = a * 2
    c = cond do
      b > 10 -> id(a) + b
      b > 4 -> a - b
      true -> 0
    end
    a + b + c
  end

  def e(x) do
    {p, q} = {x + 1, x + 2}
    [h | t] = [p, q, p * q]
    z = id(h)
    {p, q, h, t, z}
  end

  def f(x) do
    y = x
    z = y
    w = {y, z}
    id(w)
  end

  def g(0, acc), do: acc
  def g(n, acc) do
    a = n * 2
    b = a + acc
    g(n - 1, b)
  end

  def h(x) do
    a = x + 1
    b = (c = a * 2) + 1
    d = {c + 1, id(c)}
    {a, b, c, d}
  end
end

IO.inspect(LiveBranches.a(5, 3))
IO.inspect(LiveBranches.a(1, 3))
IO.inspect(LiveBranches.b([1, 2, 3]))
IO.inspect(LiveBranches.c(5))
IO.inspect(LiveBranches.c(1))
IO.inspect(LiveBranches.d(1))
IO.inspect(LiveBranches.d(2))
IO.inspect(LiveBranches.d(10))
IO.inspect(LiveBranches.e(3))
IO.inspect(LiveBranches.f(:x))
IO.inspect(LiveBranches.g(10, 0))
IO.inspect(LiveBranches.h(4))
