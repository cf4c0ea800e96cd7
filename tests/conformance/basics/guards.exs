defmodule Classify do
  def kind(n) when is_integer(n) and n < 0, do: "negative integer"
  def kind(0), do: "zero"
  def kind(n) when is_integer(n) and rem(n, 2) == 0, do: "even"
  def kind(n) when is_integer(n), do: "odd"
  def kind(a) when is_atom(a), do: "atom"
  def kind(_), do: "other"

  def between(x, lo, hi) when x >= lo and x <= hi, do: true
  def between(_, _, _), do: false

  def small_or_big(x) when x < 10 or x > 1000, do: "extreme"
  def small_or_big(_), do: "middle"
end

IO.puts(Classify.kind(-4))
IO.puts(Classify.kind(0))
IO.puts(Classify.kind(8))
IO.puts(Classify.kind(9))
IO.puts(Classify.kind(:hello))
IO.puts(Classify.kind("text"))
IO.puts(Classify.between(5, 1, 10))
IO.puts(Classify.between(50, 1, 10))
IO.puts(Classify.small_or_big(3))
IO.puts(Classify.small_or_big(300))
IO.puts(Classify.small_or_big(3000))
