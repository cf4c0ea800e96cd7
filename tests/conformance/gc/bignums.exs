# Bignums are boxed, raw-data objects: their limbs are copied, never scanned.
defmodule Seq do
  def upto(a, b) when a > b, do: []
  def upto(a, b), do: [a | upto(a + 1, b)]
end

defmodule Big do
  def fact(0), do: 1
  def fact(n), do: n * fact(n - 1)

  def fib(0, a, _b), do: a
  def fib(n, a, b), do: fib(n - 1, b, a + b)

  def rev([], acc), do: acc
  def rev([h | t], acc), do: rev(t, [h | acc])

  def digits(0, acc), do: acc
  def digits(n, acc), do: digits(div(n, 10), acc + rem(n, 10))
end

f = Big.fact(1000)
IO.puts(Big.digits(f, 0))
IO.puts(rem(f, 1_000_000_007))
fibs = Enum.map(Seq.upto(1, 300), fn n -> Big.fib(n, 0, 1) end)
IO.puts(Big.fib(1000, 0, 1))
IO.puts(Enum.sum(fibs) |> rem(999_999_937))
[a, b, c | _] = Big.rev(fibs, [])
IO.puts(a - b == c)
