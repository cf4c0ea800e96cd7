# Base: hex (base 16), base 32 (and its extended-hex alphabet) and base 64
# encodings, as Elixir 1.14's lib/elixir/lib/base.ex behaves.
defmodule Base do
  def encode16(data, opts \\ []) when is_binary(data) do
    digits = if Keyword.get(opts, :case, :upper) == :lower, do: "0123456789abcdef", else: "0123456789ABCDEF"
    for <<h::4, l::4 <- data>>, into: "", do: <<:binary.at(digits, h), :binary.at(digits, l)>>
  end

  def decode16(string, opts \\ []) when is_binary(string) do
    if rem(byte_size(string), 2) == 1 do
      :error
    else
      case decode16_pairs(string, Keyword.get(opts, :case, :upper), "") do
        {:ok, _} = ok -> ok
        {:error, _} -> :error
      end
    end
  end

  def decode16!(string, opts \\ []) when is_binary(string) do
    if rem(byte_size(string), 2) == 1 do
      raise ArgumentError, "string given to decode has wrong length. An even number of bytes was expected, got: #{byte_size(string)}. Double check your string for unwanted characters or pad it accordingly"
    end

    case decode16_pairs(string, Keyword.get(opts, :case, :upper), "") do
      {:ok, data} -> data
      {:error, c} -> raise ArgumentError, "non-alphabet character found: #{inspect(<<c>>, binaries: :as_strings)} (byte #{c})"
    end
  end

  defp decode16_pairs(<<h, l, rest::binary>>, kase, acc) do
    with {:ok, hv} <- hex_value(h, kase), {:ok, lv} <- hex_value(l, kase) do
      decode16_pairs(rest, kase, <<acc::binary, hv::4, lv::4>>)
    end
  end

  defp decode16_pairs(<<>>, _kase, acc), do: {:ok, acc}

  defp hex_value(c, _) when c in ?0..?9, do: {:ok, c - ?0}
  defp hex_value(c, kase) when c in ?A..?F and kase in [:upper, :mixed], do: {:ok, c - ?A + 10}
  defp hex_value(c, kase) when c in ?a..?f and kase in [:lower, :mixed], do: {:ok, c - ?a + 10}
  defp hex_value(c, _), do: {:error, c}

  @b64 "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
  @b64url "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

  def encode64(data, opts \\ []) when is_binary(data), do: encode(data, @b64, Keyword.get(opts, :padding, true))
  def url_encode64(data, opts \\ []) when is_binary(data), do: encode(data, @b64url, Keyword.get(opts, :padding, true))

  defp encode(data, alphabet, padding) do
    full = div(byte_size(data), 3) * 3
    <<main::binary-size(full), rest::binary>> = data
    body = for <<c::6 <- main>>, into: "", do: <<:binary.at(alphabet, c)>>

    tail =
      case rest do
        <<>> -> ""
        <<a::6, b::2>> -> <<:binary.at(alphabet, a), :binary.at(alphabet, :erlang.bsl(b, 4))>> <> if(padding, do: "==", else: "")
        <<a::6, b::6, c::4>> -> <<:binary.at(alphabet, a), :binary.at(alphabet, b), :binary.at(alphabet, :erlang.bsl(c, 2))>> <> if(padding, do: "=", else: "")
      end

    body <> tail
  end

  def decode64(string, opts \\ []) when is_binary(string), do: decode(string, @b64, opts)
  def url_decode64(string, opts \\ []) when is_binary(string), do: decode(string, @b64url, opts)

  def decode64!(string, opts \\ []) when is_binary(string) do
    case decode64(string, opts) do
      {:ok, data} -> data
      :error -> raise ArgumentError, "incorrect padding"
    end
  end

  def url_decode64!(string, opts \\ []) when is_binary(string) do
    case url_decode64(string, opts) do
      {:ok, data} -> data
      :error -> raise ArgumentError, "incorrect padding"
    end
  end

  defp decode(string, alphabet, opts) do
    string =
      if Keyword.get(opts, :ignore) == :whitespace,
        do: for(<<c <- string>>, c not in ~c"\s\t\r\n\v\f", into: "", do: <<c>>),
        else: string

    padding = Keyword.get(opts, :padding, true)
    stripped = String.trim_trailing(string, "=")
    pad = byte_size(string) - byte_size(stripped)

    cond do
      pad > 2 -> :error
      padding and rem(byte_size(string), 4) != 0 -> :error
      not padding and pad > 0 and rem(byte_size(string), 4) != 0 -> :error
      rem(byte_size(stripped), 4) == 1 -> :error
      true -> decode_chars(stripped, alphabet, <<>>)
    end
  end

  defp decode_chars(<<c, rest::binary>>, alphabet, acc) do
    case :binary.match(alphabet, <<c>>) do
      {v, 1} -> decode_chars(rest, alphabet, <<acc::bitstring, v::6>>)
      :nomatch -> :error
    end
  end

  defp decode_chars(<<>>, _alphabet, acc) do
    extra = rem(bit_size(acc), 8)
    <<data::binary-size(div(bit_size(acc), 8)), _::size(extra)>> = acc
    {:ok, data}
  end

  @b32 "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
  @b32hex "0123456789ABCDEFGHIJKLMNOPQRSTUV"

  def encode32(data, opts \\ []) when is_binary(data), do: encode32_with(data, @b32, opts)
  def hex_encode32(data, opts \\ []) when is_binary(data), do: encode32_with(data, @b32hex, opts)

  defp encode32_with(data, alphabet, opts) do
    alphabet = if Keyword.get(opts, :case, :upper) == :lower, do: String.downcase(alphabet), else: alphabet
    full = div(byte_size(data), 5) * 5
    <<main::binary-size(full), rest::binary>> = data
    body = for <<c::5 <- main>>, into: "", do: <<:binary.at(alphabet, c)>>

    tail =
      case rest do
        "" -> ""
        _ ->
          bits = bit_size(rest)
          extra = rem(5 - rem(bits, 5), 5)
          chars = for <<c::5 <- <<rest::bitstring, 0::size(extra)>> >>, into: "", do: <<:binary.at(alphabet, c)>>
          if Keyword.get(opts, :padding, true), do: chars <> String.duplicate("=", 8 - byte_size(chars)), else: chars
      end

    body <> tail
  end

  def decode32(string, opts \\ []) when is_binary(string) do
    case decode32_with(string, @b32, opts) do
      {:ok, _} = ok -> ok
      _ -> :error
    end
  end

  def hex_decode32(string, opts \\ []) when is_binary(string) do
    case decode32_with(string, @b32hex, opts) do
      {:ok, _} = ok -> ok
      _ -> :error
    end
  end

  def decode32!(string, opts \\ []) when is_binary(string), do: decode32_bang(string, @b32, opts)
  def hex_decode32!(string, opts \\ []) when is_binary(string), do: decode32_bang(string, @b32hex, opts)

  defp decode32_bang(string, alphabet, opts) do
    case decode32_with(string, alphabet, opts) do
      {:ok, data} -> data
      {:error, :padding} -> raise ArgumentError, "incorrect padding"
      {:error, {:char, c}} -> raise ArgumentError, "non-alphabet character found: #{inspect(<<c>>, binaries: :as_strings)} (byte #{c})"
    end
  end

  defp decode32_with(string, alphabet, opts) do
    kase = Keyword.get(opts, :case, :upper)
    padding = Keyword.get(opts, :padding, true)
    stripped = String.trim_trailing(string, "=")
    pad = byte_size(string) - byte_size(stripped)
    len = byte_size(stripped)

    cond do
      padding and rem(byte_size(string), 8) != 0 -> {:error, :padding}
      padding and pad > 0 and pad not in [1, 3, 4, 6] -> {:error, :padding}
      not padding and pad > 0 -> {:error, :padding}
      rem(len, 8) in [1, 3, 6] -> {:error, :padding}
      true -> decode32_chars(stripped, alphabet, kase, <<>>)
    end
  end

  defp decode32_chars(<<c, rest::binary>>, alphabet, kase, acc) do
    c2 =
      case kase do
        :lower when c in ?a..?z -> c - 32
        :mixed when c in ?a..?z -> c - 32
        _ -> c
      end

    valid_case = kase == :mixed or (kase == :upper and c not in ?a..?z) or (kase == :lower and c not in ?A..?Z)

    case valid_case and :binary.match(alphabet, <<c2>>) do
      {v, 1} -> decode32_chars(rest, alphabet, kase, <<acc::bitstring, v::5>>)
      _ -> {:error, {:char, c}}
    end
  end

  defp decode32_chars(<<>>, _alphabet, _kase, acc) do
    extra = rem(bit_size(acc), 8)
    <<data::binary-size(div(bit_size(acc), 8)), _::size(extra)>> = acc
    {:ok, data}
  end
end
