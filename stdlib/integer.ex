# Integer (Elixir 1.14's lib/elixir/lib/integer.ex, the functions written so far).
defmodule Integer do
  def pow(base, exponent) when is_integer(base) and is_integer(exponent) and exponent >= 0 do
    pow_acc(base, exponent, 1)
  end

  # Exponentiation by squaring, as Elixir's Integer.pow/2.
  defp pow_acc(_base, 0, acc), do: acc
  defp pow_acc(base, exponent, acc) when rem(exponent, 2) == 1, do: pow_acc(base * base, div(exponent, 2), acc * base)
  defp pow_acc(base, exponent, acc), do: pow_acc(base * base, div(exponent, 2), acc)

  def digits(integer, base \\ 10) when is_integer(integer) and is_integer(base) and base >= 2 do
    digits_acc(integer, base, [])
  end

  defp digits_acc(integer, base, acc) when abs(integer) < base, do: [integer | acc]
  defp digits_acc(integer, base, acc), do: digits_acc(div(integer, base), base, [rem(integer, base) | acc])
end
