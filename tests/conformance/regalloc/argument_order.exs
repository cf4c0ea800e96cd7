# Call arguments that read each other's registers: swaps, rotations,
# arithmetic on the arguments being replaced, literals, funs and apply.
defmodule ArgOrder do
  def sum(i, n, acc) when i < n, do: sum(i + 1, n, acc + i)
  def sum(_i, _n, acc), do: acc

  def fibs(0, a, _b), do: a
  def fibs(n, a, b), do: fibs(n - 1, b, a + b)

  def shuffle(0, a, b, c, d), do: {a, b, c, d}
  def shuffle(n, a, b, c, d), do: shuffle(n - 1, d - 1, a * 2, b + c, c)

  def cross(0, a, b), do: {a, b}
  def cross(n, a, b), do: cross(n - 1, b - a, a + b)

  def lits(0, a, b, c), do: [a, b, c]
  def lits(n, a, b, c), do: lits(n - 1, 7, a + c, b)

  def with_fun(f, 0, acc), do: f.(acc)
  def with_fun(f, n, acc), do: with_fun(f, n - 1, acc * 3 + n)

  def elem_loop(t, 0), do: t
  def elem_loop(t, n), do: elem_loop(put_elem(t, rem(n, 3), elem(t, rem(n + 1, 3)) + n), n - 1)

  def via_apply(a, b), do: apply(__MODULE__, :cross, [2, b + 1, a - 1])

  def tuple_args(a, b), do: pair({b, a}, [a | b])
  def pair(x, y), do: {x, y}

  def bad(i, acc), do: go(i + 1, acc + i)
  def go(a, b), do: {a, b}

  def bad_div(a, b), do: go(div(a, b), elem(b, 0))
end

IO.inspect(ArgOrder.sum(0, 10, 0))
IO.inspect(ArgOrder.fibs(30, 0, 1))
IO.inspect(ArgOrder.shuffle(6, 1, 2, 3, 4))
IO.inspect(ArgOrder.cross(5, 3, 4))
IO.inspect(ArgOrder.lits(4, 1, 2, 3))
IO.inspect(ArgOrder.with_fun(&(&1 - 1), 5, 1))
IO.inspect(ArgOrder.elem_loop({1, 2, 3}, 7))
IO.inspect(ArgOrder.via_apply(10, 20))
IO.inspect(ArgOrder.tuple_args(1, [2]))
IO.inspect(ArgOrder.bad(1, 2))

for {a, b} <- [{:x, 1}, {1, :y}, {:x, :y}] do
  try do
    ArgOrder.bad(a, b)
  rescue
    e -> IO.inspect(e)
  end
end

for {a, b} <- [{1, 0}, {4, 2}, {:a, {1}}] do
  try do
    IO.inspect(ArgOrder.bad_div(a, b))
  rescue
    e -> IO.inspect(e)
  end
end
