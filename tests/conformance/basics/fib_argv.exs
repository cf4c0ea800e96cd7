# The shape of the fib benchmark: the size comes from System.argv().
defmodule Fib do
  def fib(n) when n < 2, do: n
  def fib(n), do: fib(n - 1) + fib(n - 2)
end

n =
  case System.argv() do
    [arg | _] -> String.to_integer(arg)
    [] -> 10
  end

IO.puts("fib(#{n}) = #{Fib.fib(n)}")
