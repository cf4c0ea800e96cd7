# The :binary functions written in Elixir as OTP 25 behaves, over the
# native searches and conversions (runtime/builtins/text.cpp, binary.cpp).
defmodule :binary do
  def match(subject, pattern, []), do: :binary.match(subject, pattern)

  def match(subject, pattern, [{:scope, {start, len}}]) when is_binary(subject) do
    {start, len} = scope(subject, start, len, 3)

    case :binary.match(binary_part(subject, 0, start + len) |> binary_part(start, len), pattern) do
      {pos, l} -> {pos + start, l}
      :nomatch -> :nomatch
    end
  end

  def match(_subject, _pattern, _options), do: bad(3, "invalid options")

  def matches(subject, pattern, []), do: :binary.matches(subject, pattern)

  def matches(subject, pattern, [{:scope, {start, len}}]) when is_binary(subject) do
    {start, len} = scope(subject, start, len, 3)
    for {pos, l} <- :binary.matches(binary_part(subject, start, len), pattern), do: {pos + start, l}
  end

  def matches(_subject, _pattern, _options), do: bad(3, "invalid options")

  defp scope(subject, start, len, arg) when is_integer(start) and is_integer(len) do
    {start, len} = if len < 0, do: {start + len, -len}, else: {start, len}
    if start < 0 or start + len > byte_size(subject), do: bad(arg, "invalid options"), else: {start, len}
  end

  defp bad(arg, text), do: :vial.badarg(arg, text)

  def replace(subject, pattern, replacement), do: :binary.replace(subject, pattern, replacement, [])

  def bin_to_list(subject, {start, len}), do: bin_to_list(subject, start, len)

  def bin_to_list(subject, start, len) when is_binary(subject) do
    :erlang.binary_to_list(:binary.part(subject, start, len))
  end

  def list_to_bin(list), do: :erlang.list_to_binary(list)

  def decode_unsigned(subject, :big), do: :binary.decode_unsigned(subject)

  def decode_unsigned(subject, :little) when is_binary(subject) do
    size = bit_size(subject)
    <<n::little-unsigned-size(size)>> = subject
    n
  end

  def encode_unsigned(n, :big), do: :binary.encode_unsigned(n)

  def encode_unsigned(n, :little) when is_integer(n) and n >= 0 do
    big = :binary.encode_unsigned(n)
    size = bit_size(big)
    <<v::big-size(size)>> = big
    <<v::little-size(size)>>
  end

  def longest_common_prefix([_ | _] = binaries) do
    binaries |> Enum.reduce(fn b, acc -> binary_part(acc, 0, prefix_len(acc, b, 0)) end) |> byte_size()
  end

  defp prefix_len(<<c, r1::binary>>, <<c, r2::binary>>, n), do: prefix_len(r1, r2, n + 1)
  defp prefix_len(_, _, n), do: n

  def longest_common_suffix([_ | _] = binaries) do
    binaries |> Enum.map(&reverse/1) |> longest_common_prefix()
  end

  defp reverse(b), do: b |> :erlang.binary_to_list() |> :lists.reverse() |> :erlang.list_to_binary()

  def encode_hex(bin) when is_binary(bin), do: for(<<n::4 <- bin>>, into: "", do: <<hex(n)>>)

  defp hex(n) when n < 10, do: ?0 + n
  defp hex(n), do: ?A + n - 10

  def decode_hex(bin) when is_binary(bin) and rem(byte_size(bin), 2) == 0 do
    for <<a, b <- bin>>, into: "", do: <<unhex(a) * 16 + unhex(b)>>
  end

  def decode_hex(bin) when is_binary(bin), do: bad(1, "must contain an even number of bytes")

  defp unhex(c) when c in ?0..?9, do: c - ?0
  defp unhex(c) when c in ?a..?f, do: c - ?a + 10
  defp unhex(c) when c in ?A..?F, do: c - ?A + 10
  defp unhex(_), do: bad(1, "must only contain hex digits 0-9, A-F, and a-f")

  def referenced_byte_size(bin) when is_binary(bin), do: byte_size(bin)
end
