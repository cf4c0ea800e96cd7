# Arithmetic expressions as call arguments that replace each other's
# registers (the compiler may compute them in any order: whichever raises,
# the error is the same).
defmodule ArgArith do
  def iter(zr, zi, cr, ci, 0), do: {zr, zi, cr, ci}
  def iter(zr, zi, cr, ci, n), do: iter(zr * zr - zi * zi + cr, 2 * zr * zi + ci, cr, ci, n - 1)

  def rot(a, b, c, 0), do: {a, b, c}
  def rot(a, b, c, n), do: rot(b * 2 - c, -a + c * 3, a - b - c, n - 1)

  def fl(x, y, 0), do: {x, y}
  def fl(x, y, n), do: fl(y * 0.5 + x, x * 1.5 - y, n - 1)

  def multi(a, b, n) when n > 0 do
    multi(a + b *
      2, a - b, n - 1)
  end
  def multi(a, b, _), do: {a, b}
end

IO.inspect(ArgArith.iter(0, 0, 1, -1, 5))
IO.inspect(ArgArith.rot(1, 2, 3, 6))
IO.inspect(ArgArith.fl(1.0, 2.0, 10))
IO.inspect(ArgArith.multi(1, 1, 6))

for args <- [{:a, 1, 1, 1}, {1, :b, 1, 1}, {1, 1, 1, :d}, {1.0e300, 1.0e300, 0.0, 0.0}] do
  {zr, zi, cr, ci} = args
  try do
    IO.inspect(ArgArith.iter(zr, zi, cr, ci, 3))
  rescue
    e -> IO.inspect({:rescued, e})
  end
end

try do
  ArgArith.rot(1, :x, 2, 1)
rescue
  e -> IO.inspect(e)
end
