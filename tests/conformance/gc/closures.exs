# Closures capture heap values; the captures move with every collection.
defmodule Seq do
  def upto(a, b) when a > b, do: []
  def upto(a, b), do: [a | upto(a + 1, b)]
end

defmodule Closures do
  def adders(0, acc), do: acc
  def adders(n, acc), do: adders(n - 1, [fn x -> x + n end | acc])

  def apply_all([], x), do: x
  def apply_all([f | fs], x), do: apply_all(fs, f.(x))

  def counter(list) do
    fn extra -> length(list) + extra end
  end
end

fs = Closures.adders(10_000, [])
IO.puts(Closures.apply_all(fs, 0))
big = Seq.upto(1, 50_000)
c = Closures.counter(big)
junk = Enum.map(Seq.upto(1, 20_000), fn i -> {i, i * i} end)
IO.puts(c.(1))
IO.puts(length(junk))
compose = fn f, g -> fn x -> g.(f.(x)) end end
inc = fn x -> x + 1 end
twice = fn x -> x * 2 end
h = Enum.reduce(Seq.upto(1, 1000), inc, fn _, acc -> compose.(acc, inc) end)
IO.puts(h.(0))
IO.puts(compose.(inc, twice).(10))
