# Deep non-tail recursion through functions that save their arguments in a
# frame (the interpreter's allocate-and-save sequence), so the stack grows
# many times while frames are being built.
defmodule Deep do
  def sum3(0, b, c), do: b + c
  def sum3(a, b, c), do: a + b + c + sum3(a - 1, b, c) - b - c

  def sum5(0, b, c, d, e), do: b + c + d + e
  def sum5(a, b, c, d, e), do: a + sum5(a - 1, b, c, d, e) + b - b + e - e

  def tak(x, y, z) when y < x, do: tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
  def tak(_x, _y, z), do: z

  def fib(n) when n < 2, do: n
  def fib(n), do: fib(n - 1) + fib(n - 2)
end

IO.puts(Deep.sum3(200_000, 1, 2))
IO.puts(Deep.sum5(150_000, 1, 2, 3, 4))
IO.puts(Deep.tak(18, 12, 6))
IO.puts(Deep.fib(20))
IO.puts(Deep.fib(1.0) + Deep.fib(3))
