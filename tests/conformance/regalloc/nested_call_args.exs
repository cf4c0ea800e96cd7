# Calls nested in the arguments of calls, with locals read before and after.
defmodule NestedArgs do
  def add(a, b), do: a + b
  def three(a, b, c), do: {a, b, c}

  def run(x) do
    a = x + 1
    b = x * 2
    r1 = three(a, add(a, b), b)
    r2 = three(add(b, 1), a, add(a, add(b, a)))
    c = a - b
    r3 = add(c, add(c, c))
    {r1, r2, r3, three(c, c, add(1, 2))}
  end

  def swap(a, b, 0), do: {a, b}
  def swap(a, b, n), do: swap(b, a, n - 1)

  def rot(a, b, c, 0), do: {a, b, c}
  def rot(a, b, c, n), do: rot(c, a, b, n - 1)

  def mix(a, b, n) when n > 0, do: mix(b + 1, a * 2, n - 1)
  def mix(a, b, _), do: {a, b}

  def lists(x) do
    l = [x, x + 1]
    m = Enum.map(l, fn v -> v * x end)
    n = [hd(l) | m]
    {l, m, n, length(n)}
  end
end

IO.inspect(NestedArgs.run(3))
IO.inspect(NestedArgs.swap(1, 2, 5))
IO.inspect(NestedArgs.rot(1, 2, 3, 4))
IO.inspect(NestedArgs.mix(1, 2, 5))
IO.inspect(NestedArgs.lists(4))
