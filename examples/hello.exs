# The main example: modules, several clauses, recursion, interpolation and
# command-line arguments, run by `vial run examples/hello.exs [NAME]`.
defmodule Greeter do
  def greet([]), do: greet(["world"])
  def greet([name | _]), do: "Hello, #{name}! This is Vial."
end

defmodule Numbers do
  def fib(n) when n < 2, do: n
  def fib(n), do: fib(n - 1) + fib(n - 2)

  def factorial(0), do: 1
  def factorial(n), do: n * factorial(n - 1)
end

IO.puts(Greeter.greet(System.argv()))
IO.puts("fib(25) = #{Numbers.fib(25)}")
IO.puts("30! = #{Numbers.factorial(30)}")
