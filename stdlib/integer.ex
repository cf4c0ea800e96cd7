# Integer (Elixir 1.14's lib/elixir/lib/integer.ex); to_string/1,2 are native (runtime/builtins/string.cpp).
defmodule Integer do
  def pow(base, exponent) when is_integer(base) and is_integer(exponent) and exponent >= 0 do
    pow_acc(base, exponent, 1)
  end

  def pow(base, exponent) when is_integer(base) and is_integer(exponent) do
    :erlang.error(:badarith, [base, exponent])
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

  defguard is_odd(integer) when is_integer(integer) and :erlang.band(integer, 1) == 1
  defguard is_even(integer) when is_integer(integer) and :erlang.band(integer, 1) == 0

  def mod(dividend, divisor) when is_integer(dividend) and is_integer(divisor) do
    remainder = rem(dividend, divisor)

    if remainder * divisor < 0 do
      remainder + divisor
    else
      remainder
    end
  end

  def floor_div(dividend, divisor) when is_integer(dividend) and is_integer(divisor) do
    if dividend * divisor < 0 and rem(dividend, divisor) != 0 do
      div(dividend, divisor) - 1
    else
      div(dividend, divisor)
    end
  end

  def undigits(digits, base \\ 10) when is_list(digits) and is_integer(base) and base >= 2 do
    do_undigits(digits, base, 0)
  end

  defp do_undigits([], _base, acc), do: acc

  defp do_undigits([digit | _], base, _) when is_integer(digit) and digit >= base,
    do: raise(ArgumentError, "invalid digit #{digit} in base #{base}")

  defp do_undigits([digit | tail], base, acc) when is_integer(digit),
    do: do_undigits(tail, base, acc * base + digit)

  def parse(binary, base \\ 10)

  def parse(_binary, base) when base not in 2..36 do
    raise ArgumentError, "invalid base #{inspect(base)}"
  end

  def parse(binary, base) when is_binary(binary) do
    case count_digits(binary, base) do
      0 ->
        :error

      count ->
        {digits, rem} = :erlang.split_binary(binary, count)
        {String.to_integer(digits, base), rem}
    end
  end

  defp count_digits(<<sign, rest::bits>>, base) when sign in [?+, ?-] do
    case count_digits_nosign(rest, base, 1) do
      1 -> 0
      count -> count
    end
  end

  defp count_digits(<<rest::bits>>, base), do: count_digits_nosign(rest, base, 0)

  defp count_digits_nosign(<<char, rest::bits>>, base, count) do
    digit =
      cond do
        char >= ?0 and char <= ?9 -> char - ?0
        char >= ?A and char <= ?Z -> char - ?A + 10
        char >= ?a and char <= ?z -> char - ?a + 10
        true -> 99
      end

    if digit < base, do: count_digits_nosign(rest, base, count + 1), else: count
  end

  defp count_digits_nosign(<<_::bits>>, _, count), do: count

  def to_charlist(integer, base \\ 10), do: :erlang.integer_to_list(integer, base)

  def gcd(integer1, integer2) when is_integer(integer1) and is_integer(integer2) do
    gcd_positive(abs(integer1), abs(integer2))
  end

  defp gcd_positive(0, integer2), do: integer2
  defp gcd_positive(integer1, 0), do: integer1
  defp gcd_positive(integer1, integer2), do: gcd_positive(integer2, rem(integer1, integer2))

  def extended_gcd(0, 0), do: {0, 0, 0}
  def extended_gcd(0, b), do: {b, 0, 1}
  def extended_gcd(a, 0), do: {a, 1, 0}

  def extended_gcd(integer1, integer2) when is_integer(integer1) and is_integer(integer2) do
    extended_gcd(integer2, integer1, 0, 1, 1, 0)
  end

  defp extended_gcd(r1, r0, s1, s0, t1, t0) do
    div = div(r0, r1)

    case r0 - div * r1 do
      0 when r1 > 0 -> {r1, s1, t1}
      0 when r1 < 0 -> {-r1, -s1, -t1}
      r2 -> extended_gcd(r2, r1, s0 - div * s1, s1, t0 - div * t1, t1)
    end
  end

  @doc false
  def to_char_list(integer), do: to_charlist(integer)
  @doc false
  def to_char_list(integer, base), do: to_charlist(integer, base)
end
