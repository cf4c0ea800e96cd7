defmodule Fib do
  def fib(0), do: 0
  def fib(1), do: 1
  def fib(n), do: fib(n - 1) + fib(n - 2)
end

IO.puts(Fib.fib(10))
IO.puts("fib(20) = #{Fib.fib(20)}")
IO.puts("fib(25) = #{Fib.fib(25)}")
