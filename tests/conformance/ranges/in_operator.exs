defmodule Main do
  def grade(n) when n in 90..100, do: :a
  def grade(n) when n in 80..89, do: :b
  def grade(_), do: :c

  def even_small(n) when n in 0..10//2, do: true
  def even_small(_), do: false

  def between(x, lo, hi) when x in lo..hi, do: :inside
  def between(_, _, _), do: :outside

  def run do
    IO.inspect(Enum.map([95, 85, 10], &grade/1))
    IO.inspect(Enum.map([4, 5, 12], &even_small/1))
    IO.inspect(between(5, 1, 10))
    IO.inspect(between(5, 10, 1))
    IO.inspect(between(11, 1, 10))
    IO.inspect(between(2.0, 1, 10))
  end
end

Main.run()
a = 1
b = 5
r = a..b
IO.inspect(3 in r)
IO.inspect(7 in r)
IO.inspect(3 in a..b)
IO.inspect(3 in b..a)
IO.inspect(4 in 1..9//3)
IO.inspect(7 in 1..9//3)
IO.inspect(:x in a..b)
IO.inspect(3 in [1, 2, 3])
l = [4, 5]
IO.inspect(5 in l)
