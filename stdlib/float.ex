# Float (Elixir 1.14's lib/elixir/lib/float.ex): round/floor/ceil decide on
# the float's exact decimal value (:vial.float_round/3, runtime/builtins/text.cpp).
defmodule Float do
  def parse("-" <> binary) do
    case parse_unsigned(binary) do
      :error -> :error
      {number, remainder} -> {-number, remainder}
    end
  end

  def parse("+" <> binary), do: parse_unsigned(binary)
  def parse(binary) when is_binary(binary), do: parse_unsigned(binary)

  defp parse_unsigned(binary) do
    case digits(binary, "") do
      {"", _} ->
        :error

      {int, rest} ->
        {frac, rest} =
          case rest do
            <<?., d, _::binary>> when d in ?0..?9 -> digits(binary_part(rest, 1, byte_size(rest) - 1), "")
            _ -> {"0", rest}
          end

        {exp, rest} =
          case rest do
            <<e, sign, d, _::binary>> when e in [?e, ?E] and sign in [?+, ?-] and d in ?0..?9 ->
              {digits, rest} = digits(binary_part(rest, 2, byte_size(rest) - 2), "")
              {<<sign>> <> digits, rest}

            <<e, d, _::binary>> when e in [?e, ?E] and d in ?0..?9 ->
              digits(binary_part(rest, 1, byte_size(rest) - 1), "")

            _ ->
              {"0", rest}
          end

        # Out of a double's range: :error, as Elixir's parse gives.
        try do
          {:erlang.binary_to_float(int <> "." <> frac <> "e" <> exp), rest}
        rescue
          ArgumentError -> :error
        end
    end
  end

  defp digits(<<d, rest::binary>>, acc) when d in ?0..?9, do: digits(rest, <<acc::binary, d>>)
  defp digits(rest, acc), do: {acc, rest}

  def floor(number, precision \\ 0)

  def floor(number, precision) when is_float(number) and is_integer(precision) and precision in 0..15,
    do: :vial.float_round(number, precision, 1)

  def floor(number, precision) when is_float(number), do: raise_precision(precision)

  def ceil(number, precision \\ 0)

  def ceil(number, precision) when is_float(number) and is_integer(precision) and precision in 0..15,
    do: :vial.float_round(number, precision, 2)

  def ceil(number, precision) when is_float(number), do: raise_precision(precision)

  def round(float, precision \\ 0)

  def round(float, precision) when is_float(float) and is_integer(precision) and precision in 0..15,
    do: :vial.float_round(float, precision, 0)

  def round(float, precision) when is_float(float), do: raise_precision(precision)

  defp raise_precision(precision) do
    raise ArgumentError, "precision #{precision} is out of valid range of 0..15"
  end

  def to_string(float) when is_float(float), do: :erlang.float_to_binary(float, [:short])

  def to_charlist(float) when is_float(float), do: String.to_charlist(to_string(float))

  def min_finite, do: -1.7976931348623157e308
  def max_finite, do: 1.7976931348623157e308

  def ratio(float) when is_float(float) do
    <<sign::1, exp::11, mantissa::52>> = <<float::float>>

    {num, den} =
      if exp == 0 do
        {mantissa, Integer.pow(2, 1074)}
      else
        {mantissa + Integer.pow(2, 52), Integer.pow(2, 1075 - exp)}
      end

    {num, den} = reduce_ratio(num, den)
    {if(sign == 1, do: -num, else: num), den}
  end

  defp reduce_ratio(0, _den), do: {0, 1}

  defp reduce_ratio(num, den) do
    g = Integer.gcd(num, den)
    {div(num, g), div(den, g)}
  end

  def pow(base, exponent) when is_float(base) and is_number(exponent), do: :math.pow(base, exponent)

  @doc false
  def to_char_list(float), do: to_charlist(float)
end
