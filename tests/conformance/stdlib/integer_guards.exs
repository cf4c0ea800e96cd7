defmodule M do
  require Integer
  def f(x) when Integer.is_even(x), do: :even
  def f(_), do: :odd
  def g(x), do: Integer.is_odd(x)
end
IO.inspect {M.f(2), M.f(3), M.g(3)}
require Integer
IO.inspect Integer.is_even(4)
