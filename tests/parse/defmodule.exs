defmodule Math do
  @moduledoc false

  def add(a, b), do: a + b

  def fib(0), do: 0
  def fib(1), do: 1
  def fib(n) when n > 1 do
    fib(n - 1) + fib(n - 2)
  end

  defp private(x) do
    x
  end
end

IO.puts Math.fib(10)
