defmodule ApplyBasic do
  def add(a, b), do: a + b
  def zero, do: :zero
  def many(a, b, c, d, e, f), do: [a, b, c, d, e, f]
  def loop(0, acc), do: acc
  def loop(n, acc), do: apply(ApplyBasic, :loop, [n - 1, acc + 1])
  def loop_fun(0, acc), do: acc
  def loop_fun(n, acc), do: apply(&loop_fun/2, [n - 1, acc + 2])
  def dyn(m, f, args), do: {:result, apply(m, f, args)}
end

IO.inspect(apply(ApplyBasic, :add, [1, 2]))
IO.inspect(apply(ApplyBasic, :zero, []))
IO.inspect(apply(ApplyBasic, :many, Enum.to_list(1..6)))
IO.inspect(apply(fn a, b -> a * b end, [3, 4]))
IO.inspect(apply(fn -> :nothing end, []))
IO.inspect(:erlang.apply(ApplyBasic, :add, [5, 6]))
IO.inspect(:erlang.apply(fn x -> x + 1 end, [41]))
IO.inspect(Kernel.apply(&ApplyBasic.add/2, [7, 8]))
IO.inspect(Kernel.apply(Enum, :reverse, [[:a, :b, :c]]))
# tail calls through apply do not grow the stack
IO.inspect(ApplyBasic.loop(1_000_000, 0))
IO.inspect(ApplyBasic.loop_fun(500_000, 0))
IO.inspect(ApplyBasic.dyn(Enum, :reverse, [[1, 2, 3]]))
# natives and stdlib functions
IO.inspect(apply(:erlang, :+, [1, 2]))
IO.inspect(apply(Enum, :map, [[1, 2, 3], fn x -> x * x end]))
IO.inspect(apply(String, :length, ["abc"]))
# a closure with captured variables
k = 10
IO.inspect(apply(fn a, b -> a + b + k end, [1, 2]))
# arguments are evaluated before the call
args = for i <- 1..3, do: i * 10
IO.inspect(apply(fn a, b, c -> {c, b, a} end, args))
