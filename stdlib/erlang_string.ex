# OTP 25's :string, written over String (graphemes, case mapping and
# normalisation by utf8proc). Chardata comes in; a binary gives binaries
# back and a list gives lists of code points (OTP may keep the pieces of
# mixed chardata as they were: the text is the same, the nesting may differ).
defmodule :string do
  @whitespace [[13, 10], 9, 10, 11, 12, 13, 32, 133, 8206, 8207, 8232, 8233]

  defp bin(s) when is_binary(s), do: s

  defp bin(s) do
    case :unicode.characters_to_binary(s) do
      b when is_binary(b) -> b
      _ -> :erlang.error(:badarg)
    end
  end

  defp out(b, s) when is_binary(s), do: b
  defp out(b, _), do: :unicode.characters_to_list(b)

  # A grapheme as OTP gives it: one code point, or the list of them.
  defp gc_term(g) do
    case :unicode.characters_to_list(g) do
      [cp] -> cp
      cps -> cps
    end
  end

  defp gc_bin(g) when is_integer(g), do: <<g::utf8>>
  defp gc_bin(g), do: bin(g)

  def is_empty([]), do: true
  def is_empty(<<>>), do: true
  def is_empty([l | r]), do: is_empty(l) and is_empty(r)
  def is_empty(_), do: false

  def length(s), do: String.length(bin(s))

  def to_graphemes(s), do: s |> bin() |> String.graphemes() |> Enum.map(&gc_term/1)

  def equal(a, b), do: bin(a) == bin(b)
  def equal(a, b, false), do: equal(a, b)
  def equal(a, b, true), do: casefold(bin(a)) == casefold(bin(b))

  def equal(a, b, ignore_case, norm) do
    f = fn s -> if norm == :none, do: bin(s), else: String.normalize(bin(s), norm) end
    equal(f.(a), f.(b), ignore_case)
  end

  def reverse(s), do: s |> to_graphemes() |> :lists.reverse()

  def slice(s, start), do: slice(s, start, :infinity)

  def slice(s, start, len) when is_integer(start) and start >= 0 do
    b = bin(s)
    len = if len == :infinity, do: String.length(b), else: len
    out(String.slice(b, start, len), s)
  end

  def pad(s, length), do: pad(s, length, :trailing, ?\s)
  def pad(s, length, dir), do: pad(s, length, dir, ?\s)

  def pad(s, length, dir, char) when is_integer(length) do
    len = __MODULE__.length(s)

    if length <= len do
      s
    else
      sz = length - len

      case dir do
        :trailing -> [s | :lists.duplicate(sz, char)]
        :leading -> [:lists.duplicate(sz, char), s]
        :both ->
          pre = :lists.duplicate(div(sz, 2), char)
          post = if rem(sz, 2) == 1, do: [char], else: []
          [pre, s, pre | post]
      end
    end
  end

  def trim(s), do: trim(s, :both, @whitespace)
  def trim(s, dir), do: trim(s, dir, @whitespace)

  def trim(s, dir, chars) when dir in [:leading, :trailing, :both] and is_list(chars) do
    set = Enum.map(chars, &gc_bin/1)
    gs = String.graphemes(bin(s))
    gs = if dir in [:leading, :both], do: Enum.drop_while(gs, &(&1 in set)), else: gs
    gs = if dir in [:trailing, :both], do: gs |> :lists.reverse() |> Enum.drop_while(&(&1 in set)) |> :lists.reverse(), else: gs
    out(IO.iodata_to_binary(gs), s)
  end

  def chomp(s) do
    b = bin(s)

    out(chomp_bin(b), s)
  end

  defp chomp_bin(b) do
    cond do
      String.ends_with?(b, "\r\n") -> chomp_bin(binary_part(b, 0, byte_size(b) - 2))
      String.ends_with?(b, "\n") -> chomp_bin(binary_part(b, 0, byte_size(b) - 1))
      true -> b
    end
  end

  def take(s, chars), do: take(s, chars, false, :leading)
  def take(s, chars, complement), do: take(s, chars, complement, :leading)

  def take(s, chars, complement, dir) when is_list(chars) and is_boolean(complement) do
    set = Enum.map(chars, &gc_bin/1)
    keep? = fn g -> (g in set) != complement end
    gs = String.graphemes(bin(s))

    {a, b} =
      case dir do
        :leading ->
          Enum.split_while(gs, keep?)

        :trailing ->
          {t, l} = gs |> :lists.reverse() |> Enum.split_while(keep?)
          {:lists.reverse(l), :lists.reverse(t)}
      end

    {out(IO.iodata_to_binary(a), s), out(IO.iodata_to_binary(b), s)}
  end

  def uppercase(s), do: out(String.upcase(bin(s)), s)
  def lowercase(s), do: out(String.downcase(bin(s)), s)
  def casefold(s), do: out(:vial.string_casefold(bin(s)), s)

  def titlecase(s) do
    case String.next_grapheme(bin(s)) do
      nil -> s
      {g, rest} -> out(String.capitalize(g) <> rest, s)
    end
  end

  def to_upper(s) when is_list(s), do: for(c <- s, do: to_upper_char(c))
  def to_upper(c) when is_integer(c), do: to_upper_char(c)
  def to_lower(s) when is_list(s), do: for(c <- s, do: to_lower_char(c))
  def to_lower(c) when is_integer(c), do: to_lower_char(c)

  defp to_upper_char(c) when is_integer(c) and c >= ?a and c <= ?z, do: c - 32
  defp to_upper_char(c) when is_integer(c) and c >= 0xE0 and c <= 0xF6, do: c - 32
  defp to_upper_char(c) when is_integer(c) and c >= 0xF8 and c <= 0xFE, do: c - 32
  defp to_upper_char(c), do: c

  defp to_lower_char(c) when is_integer(c) and c >= ?A and c <= ?Z, do: c + 32
  defp to_lower_char(c) when is_integer(c) and c >= 0xC0 and c <= 0xD6, do: c + 32
  defp to_lower_char(c) when is_integer(c) and c >= 0xD8 and c <= 0xDE, do: c + 32
  defp to_lower_char(c), do: c

  def prefix(s, prefix) do
    b = bin(s)
    p = bin(prefix)

    if :binary.longest_common_prefix([b, p]) == byte_size(p) do
      out(binary_part(b, byte_size(p), byte_size(b) - byte_size(p)), s)
    else
      :nomatch
    end
  end

  def next_grapheme(s) do
    case String.next_grapheme(bin(s)) do
      nil -> []
      {g, rest} -> [gc_term(g) | out(rest, s)]
    end
  end

  def next_codepoint(s) do
    case bin(s) do
      <<cp::utf8, rest::binary>> -> [cp | out(rest, s)]
      <<>> -> []
      _ -> {:error, s}
    end
  end

  def split(s, sep), do: split(s, sep, :leading)

  def split(s, sep, where) when where in [:leading, :trailing, :all] do
    b = bin(s)

    case bin(sep) do
      "" ->
        [s]

      p ->
        parts =
          case where do
            :all -> :binary.split(b, p, [:global])
            :leading -> :binary.split(b, p)
            :trailing ->
              case :binary.matches(b, p) do
                [] -> [b]
                ms ->
                  {pos, len} = List.last(ms)
                  [binary_part(b, 0, pos), binary_part(b, pos + len, byte_size(b) - pos - len)]
              end
          end

        Enum.map(parts, &out(&1, s))
    end
  end

  def replace(s, pattern, replacement), do: replace(s, pattern, replacement, :leading)

  def replace(s, pattern, replacement, where) do
    s |> split(pattern, where) |> Enum.intersperse(replacement)
  end

  def find(s, sep), do: find(s, sep, :leading)

  def find(s, sep, dir) when dir in [:leading, :trailing] do
    b = bin(s)

    case bin(sep) do
      "" ->
        s

      p ->
        found =
          case dir do
            :leading -> :binary.match(b, p)
            :trailing -> List.last(:binary.matches(b, p), :nomatch)
          end

        case found do
          :nomatch -> :nomatch
          {pos, _} -> out(binary_part(b, pos, byte_size(b) - pos), s)
        end
    end
  end

  def lexemes(s, seps) when is_list(seps) do
    set = Enum.map(seps, &gc_bin/1)

    s
    |> bin()
    |> String.graphemes()
    |> Enum.chunk_by(&(&1 in set))
    |> Enum.reject(&(hd(&1) in set))
    |> Enum.map(&out(IO.iodata_to_binary(&1), s))
  end

  def nth_lexeme(s, n, seps) when is_integer(n) and n > 0 do
    case Enum.at(lexemes(s, seps), n - 1) do
      nil -> out("", s)
      lexeme -> lexeme
    end
  end

  def to_integer(s) do
    b = bin(s)

    case Integer.parse(b) do
      {i, rest} -> {i, out(rest, s)}
      :error -> {:error, :no_integer}
    end
  end

  def to_float(s) do
    b = bin(s)

    case float_prefix(b) do
      nil -> {:error, :no_float}
      size ->
        <<f::binary-size(size), rest::binary>> = b
        {:erlang.binary_to_float(f), out(rest, s)}
    end
  end

  # The length of the float at the start of b (Erlang's syntax: digits, a
  # point, digits, an optional exponent), or nil.
  defp float_prefix(b) do
    case Regex.run(~r/\A[+-]?\d+\.\d+(?:[eE][+-]?\d+)?/, b, return: :index) do
      [{0, size}] -> size
      _ -> nil
    end
  end

  # The functions of the old (pre-OTP 20) interface, on lists.
  def len(s) when is_list(s), do: Kernel.length(s)
  def concat(a, b), do: a ++ b
  def chr(s, c), do: index_of(s, c, 1)
  def rchr(s, c), do: rindex_of(s, c, 1, 0)

  defp index_of([c | _], c, i), do: i
  defp index_of([_ | t], c, i), do: index_of(t, c, i + 1)
  defp index_of([], _, _), do: 0

  defp rindex_of([c | t], c, i, _), do: rindex_of(t, c, i + 1, i)
  defp rindex_of([_ | t], c, i, last), do: rindex_of(t, c, i + 1, last)
  defp rindex_of([], _, _, last), do: last

  def str(s, sub), do: str_at(s, sub, 1)
  defp str_at([], _, _), do: 0

  defp str_at([_ | t] = s, sub, i) do
    if :lists.prefix(sub, s), do: i, else: str_at(t, sub, i + 1)
  end

  def rstr(s, sub), do: rstr_at(s, sub, 1, 0)
  defp rstr_at([], _, _, last), do: last

  defp rstr_at([_ | t] = s, sub, i, last) do
    rstr_at(t, sub, i + 1, if(:lists.prefix(sub, s), do: i, else: last))
  end

  def span(s, chars), do: s |> Enum.take_while(&(&1 in chars)) |> Kernel.length()
  def cspan(s, chars), do: s |> Enum.take_while(&(&1 not in chars)) |> Kernel.length()

  def substr(s, start) when is_integer(start) and start >= 1, do: :lists.nthtail(start - 1, s)
  def substr(s, start, len) when is_integer(len) and len >= 0, do: Enum.take(substr(s, start), len)
  def sub_string(s, start), do: substr(s, start)
  def sub_string(s, start, stop), do: substr(s, start, stop - start + 1)

  def words(s), do: words(s, ?\s)
  def words(s, c), do: s |> tokens([c]) |> Kernel.length()
  def sub_word(s, n), do: sub_word(s, n, ?\s)
  def sub_word(s, n, c), do: Enum.at(tokens(s, [c]), n - 1, [])

  def tokens(s, seps) when is_list(s) do
    s |> Enum.chunk_by(&(&1 in seps)) |> Enum.reject(&(hd(&1) in seps))
  end

  def join([], _sep), do: []
  def join([h | t], sep), do: h ++ Enum.flat_map(t, &(sep ++ &1))

  def strip(s), do: strip(s, :both, ?\s)
  def strip(s, dir), do: strip(s, dir, ?\s)

  def strip(s, dir, c) when dir in [:left, :right, :both] do
    s = if dir in [:left, :both], do: Enum.drop_while(s, &(&1 == c)), else: s
    if dir in [:right, :both], do: s |> :lists.reverse() |> Enum.drop_while(&(&1 == c)) |> :lists.reverse(), else: s
  end

  def chars(c, n), do: chars(c, n, [])
  def chars(c, n, tail) when is_integer(n) and n >= 0, do: :lists.duplicate(n, c) ++ tail

  def copies(s, n) when is_list(s) and is_integer(n) and n >= 0, do: :lists.append(:lists.duplicate(n, s))

  def left(s, n), do: left(s, n, ?\s)

  def left(s, n, c) do
    l = Kernel.length(s)
    if l >= n, do: Enum.take(s, n), else: s ++ :lists.duplicate(n - l, c)
  end

  def right(s, n), do: right(s, n, ?\s)

  def right(s, n, c) do
    l = Kernel.length(s)
    if l >= n, do: Enum.drop(s, l - n), else: :lists.duplicate(n - l, c) ++ s
  end

  def centre(s, n), do: centre(s, n, ?\s)

  def centre(s, n, c) do
    l = Kernel.length(s)

    if l >= n do
      Enum.take(Enum.drop(s, div(l - n, 2)), n)
    else
      pre = div(n - l, 2)
      :lists.duplicate(pre, c) ++ s ++ :lists.duplicate(n - l - pre, c)
    end
  end

  def list_to_integer(s) do
    case to_integer(s) do
      {:error, _} -> {:error, :no_integer}
      ok -> ok
    end
  end

  def list_to_float(s), do: to_float(s)
end
