defmodule Guards do
  defguard is_even(x) when is_integer(x) and rem(x, 2) == 0
  defguard is_small(x) when x < 10

  def classify(n) when is_even(n) and is_small(n), do: :small_even
  def classify(n) when is_even(n), do: :even
  def classify(_), do: :other

  def check(n), do: is_even(n)
end

defmodule UsesGuards do
  import Guards
  def f(x) when is_even(x), do: {:even, x}
  def f(x), do: {:odd, x}
end

IO.inspect(Guards.classify(4))
IO.inspect(Guards.classify(40))
IO.inspect(Guards.classify(3))
IO.inspect(Guards.check(6))
IO.inspect(Guards.check(7))
IO.inspect(UsesGuards.f(2))
IO.inspect(UsesGuards.f(1))
IO.inspect(UsesGuards.f(:a))
