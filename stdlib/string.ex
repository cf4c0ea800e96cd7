# String, as Elixir 1.14's lib/elixir/lib/string.ex behaves (no Regex yet).
# Native (runtime/builtins/): length/1, slice/3, graphemes/1, to_integer/1,2;
# :binary.split/match/matches and case mapping (:vial.string_upcase/2, ...)
# are natives in runtime/builtins/text.cpp.
defmodule String do
  # split/1 (:vial.string_split_ws/1) splits on Unicode White_Space without
  # the non-breaking spaces (U+00A0, U+2007, U+202F).

  def split(string), do: :vial.string_split_ws(string)

  def split(string, pattern, options \\ [])

  def split(string, %{__struct__: Regex} = pattern, options) when is_binary(string) and is_list(options) do
    Regex.split(pattern, string, options)
  end

  def split(string, "", options) when is_binary(string) and is_list(options) do
    parts = Keyword.get(options, :parts, :infinity)
    index = parts_to_index(parts)
    trim = Keyword.get(options, :trim, false)

    if trim == false and index != 1 do
      ["" | split_empty(string, trim, index - 1)]
    else
      split_empty(string, trim, index)
    end
  end

  def split(string, [], options) when is_binary(string) and is_list(options) do
    if string == "" and Keyword.get(options, :trim, false) do
      []
    else
      [string]
    end
  end

  def split(string, pattern, options) when is_binary(string) and is_list(options) do
    parts = Keyword.get(options, :parts, :infinity)
    trim = Keyword.get(options, :trim, false)

    case {parts, trim} do
      {:infinity, false} -> :binary.split(string, pattern, [:global])
      {:infinity, true} -> :binary.split(string, pattern, [:global, :trim_all])
      {2, false} -> :binary.split(string, pattern)
      _ -> split_each(string, pattern, trim, parts_to_index(parts))
    end
  end

  defp parts_to_index(:infinity), do: 0
  defp parts_to_index(n) when is_integer(n) and n > 0, do: n

  defp split_empty("", true, 1), do: []
  defp split_empty(string, _, 1), do: [string]

  defp split_empty(string, trim, count) do
    case next_grapheme(string) do
      {gc, ""} -> [gc | split_empty("", trim, count - 1)]
      {gc, rest} -> [gc | split_empty(rest, trim, count - 1)]
      nil -> split_empty("", trim, 1)
    end
  end

  defp split_each("", _pattern, true, 1), do: []
  defp split_each(string, _pattern, _trim, 1) when is_binary(string), do: [string]

  defp split_each(string, pattern, trim, count) do
    case do_splitter(string, pattern, trim) do
      {h, t} -> [h | split_each(t, pattern, trim, count - 1)]
      nil -> []
    end
  end

  defp do_splitter(:nomatch, _pattern, _), do: nil
  defp do_splitter("", _pattern, false), do: {"", :nomatch}
  defp do_splitter("", _pattern, true), do: nil

  defp do_splitter(bin, pattern, false) do
    case :binary.split(bin, pattern) do
      [first, rest] -> {first, rest}
      [first] -> {first, :nomatch}
    end
  end

  defp do_splitter(bin, pattern, true) do
    case :binary.split(bin, pattern) do
      ["", rest] -> do_splitter(rest, pattern, true)
      [first, rest] -> {first, rest}
      [first] -> {first, :nomatch}
    end
  end

  def split_at(string, position) when is_binary(string) and is_integer(position) do
    len = String.length(string)
    position = if position < 0, do: max(len + position, 0), else: min(position, len)
    left = String.slice(string, 0, position)
    {left, binary_part(string, byte_size(left), byte_size(string) - byte_size(left))}
  end

  def upcase(string, mode \\ :default)
  def upcase("", _mode), do: ""
  def upcase(string, :ascii) when is_binary(string), do: IO.iodata_to_binary(upcase_ascii(string))
  def upcase(string, mode) when is_binary(string) and mode in [:default, :greek, :turkic], do: :vial.string_upcase(string, mode)

  def downcase(string, mode \\ :default)
  def downcase("", _mode), do: ""
  def downcase(string, :ascii) when is_binary(string), do: IO.iodata_to_binary(downcase_ascii(string))
  def downcase(string, mode) when is_binary(string) and mode in [:default, :greek, :turkic], do: :vial.string_downcase(string, mode)

  defp upcase_ascii(<<char, rest::bits>>) when char >= ?a and char <= ?z, do: [char - 32 | upcase_ascii(rest)]
  defp upcase_ascii(<<char, rest::bits>>), do: [char | upcase_ascii(rest)]
  defp upcase_ascii(<<>>), do: []

  defp downcase_ascii(<<char, rest::bits>>) when char >= ?A and char <= ?Z, do: [char + 32 | downcase_ascii(rest)]
  defp downcase_ascii(<<char, rest::bits>>), do: [char | downcase_ascii(rest)]
  defp downcase_ascii(<<>>), do: []

  def capitalize(string, mode \\ :default)

  def capitalize(<<char, rest::binary>>, :ascii) do
    char = if char >= ?a and char <= ?z, do: char - 32, else: char
    <<char>> <> downcase(rest, :ascii)
  end

  def capitalize(string, mode) when is_binary(string) do
    {char, rest} = :vial.string_titlecase_once(string, mode)
    char <> downcase(rest, mode)
  end

  def trim(string) when is_binary(string), do: string |> trim_leading() |> trim_trailing()

  def trim(string, to_trim) when is_binary(string) and is_binary(to_trim) do
    string |> trim_leading(to_trim) |> trim_trailing(to_trim)
  end

  def trim_leading(string) when is_binary(string), do: do_trim_leading(string)

  def trim_leading(string, "") when is_binary(string), do: replace_leading(string, "", "")
  def trim_leading(string, to_trim) when is_binary(string) and is_binary(to_trim), do: :vial.string_trim_prefix(string, to_trim)

  def trim_trailing(string) when is_binary(string), do: do_trim_trailing(string, byte_size(string))

  def trim_trailing(string, "") when is_binary(string), do: replace_trailing(string, "", "")
  def trim_trailing(string, to_trim) when is_binary(string) and is_binary(to_trim), do: :vial.string_trim_suffix(string, to_trim)

  defp do_trim_leading(<<c, rest::binary>>) when c in [?\s, ?\t, ?\n, ?\v, ?\f, ?\r], do: do_trim_leading(rest)

  defp do_trim_leading(<<c::utf8, rest::binary>> = string) when c >= 0x80 do
    if whitespace?(c), do: do_trim_leading(rest), else: string
  end

  defp do_trim_leading(string), do: string

  defp do_trim_trailing(string, 0), do: binary_part(string, 0, 0)

  defp do_trim_trailing(string, size) do
    case :binary.at(string, size - 1) do
      c when c in [?\s, ?\t, ?\n, ?\v, ?\f, ?\r] -> do_trim_trailing(string, size - 1)
      c when c < 0x80 -> binary_part(string, 0, size)
      _ -> trim_trailing_utf8(string, size)
    end
  end

  # A multi-byte character may end at `size`: look back two and three bytes.
  defp trim_trailing_utf8(string, size) do
    cond do
      size >= 2 and trailing_whitespace?(binary_part(string, size - 2, 2)) -> do_trim_trailing(string, size - 2)
      size >= 3 and trailing_whitespace?(binary_part(string, size - 3, 3)) -> do_trim_trailing(string, size - 3)
      true -> binary_part(string, 0, size)
    end
  end

  defp trailing_whitespace?(<<c::utf8>>), do: whitespace?(c)
  defp trailing_whitespace?(_), do: false

  defp whitespace?(c),
    do: c in [0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000] or (c >= 0x2000 and c <= 0x200A)

  def replace_leading(string, match, replacement)
      when is_binary(string) and is_binary(match) and is_binary(replacement) do
    if match == "" do
      raise ArgumentError, "cannot use an empty string as the match to replace"
    end

    prefix_size = byte_size(match)
    suffix_size = byte_size(string) - prefix_size
    replace_leading(string, match, replacement, prefix_size, suffix_size, 0)
  end

  defp replace_leading(string, match, replacement, prefix_size, suffix_size, acc) when suffix_size >= 0 do
    case string do
      <<prefix::size(prefix_size)-binary, suffix::binary>> when prefix == match ->
        replace_leading(suffix, match, replacement, prefix_size, suffix_size - prefix_size, acc + 1)

      _ ->
        prepend_unless_empty(duplicate(replacement, acc), string)
    end
  end

  defp replace_leading(string, _match, replacement, _prefix_size, _suffix_size, acc) do
    prepend_unless_empty(duplicate(replacement, acc), string)
  end

  def replace_trailing(string, match, replacement)
      when is_binary(string) and is_binary(match) and is_binary(replacement) do
    if match == "" do
      raise ArgumentError, "cannot use an empty string as the match to replace"
    end

    suffix_size = byte_size(match)
    prefix_size = byte_size(string) - suffix_size
    replace_trailing(string, match, replacement, prefix_size, suffix_size, 0)
  end

  defp replace_trailing(string, match, replacement, prefix_size, suffix_size, acc) when prefix_size >= 0 do
    case string do
      <<prefix::size(prefix_size)-binary, suffix::binary>> when suffix == match ->
        replace_trailing(prefix, match, replacement, prefix_size - suffix_size, suffix_size, acc + 1)

      _ ->
        append_unless_empty(string, duplicate(replacement, acc))
    end
  end

  defp replace_trailing(string, _match, replacement, _prefix_size, _suffix_size, acc) do
    append_unless_empty(string, duplicate(replacement, acc))
  end

  def replace_prefix(string, match, replacement)
      when is_binary(string) and is_binary(match) and is_binary(replacement) do
    prefix_size = byte_size(match)

    case string do
      <<prefix::size(prefix_size)-binary, suffix::binary>> when prefix == match ->
        prepend_unless_empty(replacement, suffix)

      _ ->
        string
    end
  end

  def replace_suffix(string, match, replacement)
      when is_binary(string) and is_binary(match) and is_binary(replacement) do
    suffix_size = byte_size(match)
    prefix_size = byte_size(string) - suffix_size

    case string do
      <<prefix::size(prefix_size)-binary, suffix::binary>> when suffix == match ->
        append_unless_empty(prefix, replacement)

      _ ->
        string
    end
  end

  defp prepend_unless_empty("", suffix), do: suffix
  defp prepend_unless_empty(prefix, suffix), do: prefix <> suffix

  defp append_unless_empty(prefix, ""), do: prefix
  defp append_unless_empty(prefix, suffix), do: prefix <> suffix

  def pad_leading(string, count, padding \\ [" "])

  def pad_leading(string, count, padding) when is_binary(padding) do
    pad_leading(string, count, String.graphemes(padding))
  end

  def pad_leading(string, count, [_ | _] = padding)
      when is_binary(string) and is_integer(count) and count >= 0 do
    pad(:leading, string, count, padding)
  end

  def pad_trailing(string, count, padding \\ [" "])

  def pad_trailing(string, count, padding) when is_binary(padding) do
    pad_trailing(string, count, String.graphemes(padding))
  end

  def pad_trailing(string, count, [_ | _] = padding)
      when is_binary(string) and is_integer(count) and count >= 0 do
    pad(:trailing, string, count, padding)
  end

  defp pad(kind, string, count, padding) do
    string_length = String.length(string)

    if string_length >= count do
      string
    else
      filler = build_filler(count - string_length, padding, padding, 0, [])

      case kind do
        :leading -> IO.iodata_to_binary([filler | string])
        :trailing -> IO.iodata_to_binary([string | filler])
      end
    end
  end

  defp build_filler(0, _source, _padding, _size, filler), do: filler

  defp build_filler(count, source, [], size, filler) do
    rem_filler = build_filler(rem(count, size), source, source, 0, [])
    filler = duplicate(IO.iodata_to_binary(filler), div(count, size) + 1)
    [filler | rem_filler]
  end

  defp build_filler(count, source, [elem | rest], size, filler) when is_binary(elem) do
    build_filler(count - 1, source, rest, size + 1, [filler | elem])
  end

  defp build_filler(_count, _source, [elem | _rest], _size, _filler) do
    raise ArgumentError, "expected a string padding element, got: #{inspect(elem)}"
  end

  def replace(subject, pattern, replacement, options \\ [])
      when is_binary(subject) and (is_binary(replacement) or is_function(replacement, 1)) and is_list(options) do
    replace_guarded(subject, pattern, replacement, options)
  end

  defp replace_guarded(subject, %{__struct__: Regex} = regex, replacement, options) do
    Regex.replace(regex, subject, replacement, options)
  end

  defp replace_guarded(subject, "", "", _), do: subject
  defp replace_guarded(subject, [], _, _), do: subject

  defp replace_guarded(subject, "", replacement, options) do
    if Keyword.get(options, :global, true) do
      gs = String.graphemes(subject)
      r = fn -> if is_binary(replacement), do: replacement, else: replacement.("") end
      IO.iodata_to_binary([r.() | Enum.flat_map(gs, fn g -> [g, r.()] end)])
    else
      first = if is_binary(replacement), do: replacement, else: replacement.("")
      first <> subject
    end
  end

  defp replace_guarded(subject, pattern, replacement, options) do
    matches =
      if Keyword.get(options, :global, true) do
        :binary.matches(subject, pattern)
      else
        case :binary.match(subject, pattern) do
          :nomatch -> []
          match -> [match]
        end
      end

    IO.iodata_to_binary(do_replace(subject, matches, replacement, 0))
  end

  defp do_replace(subject, [], _, n), do: [binary_part(subject, n, byte_size(subject) - n)]

  defp do_replace(subject, [{start, length} | matches], replacement, n) do
    prefix = binary_part(subject, n, start - n)

    middle =
      if is_binary(replacement), do: replacement, else: replacement.(binary_part(subject, start, length))

    [prefix, middle | do_replace(subject, matches, replacement, start + length)]
  end

  def reverse(string) when is_binary(string) do
    if String.valid?(string) do
      IO.iodata_to_binary(:lists.reverse(String.graphemes(string)))
    else
      reverse_runs(String.graphemes(string), [], [])
    end
  end

  # As Elixir's: each run of valid graphemes is reversed in place, and a byte
  # that is not UTF-8 stays where it is, between the runs.
  defp reverse_runs([], run, done), do: IO.iodata_to_binary([done | run])

  defp reverse_runs([g | rest], run, done) do
    if String.valid?(g), do: reverse_runs(rest, [g | run], done), else: reverse_runs(rest, [], [done, run, g])
  end

  def duplicate(subject, n), do: :binary.copy(subject, n)

  def codepoints(string) when is_binary(string), do: do_codepoints(string)

  defp do_codepoints(<<codepoint::utf8, rest::bits>>), do: [<<codepoint::utf8>> | do_codepoints(rest)]
  defp do_codepoints(<<byte, rest::bits>>), do: [<<byte>> | do_codepoints(rest)]
  defp do_codepoints(<<>>), do: []

  def next_codepoint(<<cp::utf8, rest::binary>>), do: {<<cp::utf8>>, rest}
  def next_codepoint(<<byte, rest::binary>>), do: {<<byte>>, rest}
  def next_codepoint(<<>>), do: nil

  def next_grapheme(""), do: nil

  def next_grapheme(string) when is_binary(string) do
    first = String.slice(string, 0, 1)
    size = byte_size(first)
    {first, binary_part(string, size, byte_size(string) - size)}
  end

  def next_grapheme_size(string) when is_binary(string) do
    case next_grapheme(string) do
      {first, rest} -> {byte_size(first), rest}
      nil -> nil
    end
  end

  def valid?(<<string::binary>>), do: valid_utf8?(string)
  def valid?(_), do: false

  defp valid_utf8?(<<_::utf8, rest::bits>>), do: valid_utf8?(rest)
  defp valid_utf8?(<<>>), do: true
  defp valid_utf8?(_), do: false

  def valid_character?(string) do
    case string do
      <<_::utf8>> -> valid?(string)
      _ -> false
    end
  end

  def normalize(string, form)

  def normalize(string, :nfd) when is_binary(string) do
    case :unicode.characters_to_nfd_binary(string) do
      string when is_binary(string) -> string
      {:error, good, <<head, rest::binary>>} -> good <> <<head>> <> normalize(rest, :nfd)
    end
  end

  def normalize(string, :nfc) when is_binary(string) do
    case :unicode.characters_to_nfc_binary(string) do
      string when is_binary(string) -> string
      {:error, good, <<head, rest::binary>>} -> good <> <<head>> <> normalize(rest, :nfc)
    end
  end

  def normalize(string, :nfkd) when is_binary(string) do
    case :unicode.characters_to_nfkd_binary(string) do
      string when is_binary(string) -> string
      {:error, good, <<head, rest::binary>>} -> good <> <<head>> <> normalize(rest, :nfkd)
    end
  end

  def normalize(string, :nfkc) when is_binary(string) do
    case :unicode.characters_to_nfkc_binary(string) do
      string when is_binary(string) -> string
      {:error, good, <<head, rest::binary>>} -> good <> <<head>> <> normalize(rest, :nfkc)
    end
  end

  def equivalent?(string1, string2) when is_binary(string1) and is_binary(string2) do
    normalize(string1, :nfd) == normalize(string2, :nfd)
  end

  def splitter(string, pattern, options \\ [])

  def splitter(string, "", options) when is_binary(string) and is_list(options) do
    if Keyword.get(options, :trim, false) do
      Stream.unfold(string, &next_grapheme/1)
    else
      Stream.unfold(:match, &do_empty_splitter(&1, string))
    end
  end

  def splitter(string, [], options) when is_binary(string) and is_list(options) do
    if string == "" and Keyword.get(options, :trim, false) do
      Stream.duplicate(string, 0)
    else
      Stream.duplicate(string, 1)
    end
  end

  def splitter(string, pattern, options) when is_binary(string) and is_list(options) do
    pattern = maybe_compile_pattern(pattern)
    trim = Keyword.get(options, :trim, false)
    Stream.unfold(string, &do_splitter(&1, pattern, trim))
  end

  defp do_empty_splitter(:match, string), do: {"", string}
  defp do_empty_splitter(:nomatch, _string), do: nil
  defp do_empty_splitter("", _), do: {"", :nomatch}
  defp do_empty_splitter(string, _), do: next_grapheme(string)

  defp maybe_compile_pattern(pattern) when is_tuple(pattern), do: pattern
  defp maybe_compile_pattern(pattern), do: :binary.compile_pattern(pattern)

  @doc false
  def ljust(subject, length), do: ljust(subject, length, ?\s)

  @doc false
  def ljust(subject, length, pad) when is_integer(pad) and is_integer(length) and length >= 0 do
    pad_trailing(subject, length, [<<pad::utf8>>])
  end

  @doc false
  def rjust(subject, length), do: rjust(subject, length, ?\s)

  @doc false
  def rjust(subject, length, pad) when is_integer(pad) and is_integer(length) and length >= 0 do
    pad_leading(subject, length, [<<pad::utf8>>])
  end

  @doc false
  def rstrip(string), do: trim_trailing(string)

  @doc false
  def rstrip(string, char) when is_integer(char), do: replace_trailing(string, <<char::utf8>>, "")

  @doc false
  def lstrip(string), do: trim_leading(string)

  @doc false
  def lstrip(string, char) when is_integer(char), do: replace_leading(string, <<char::utf8>>, "")

  @doc false
  def strip(string), do: trim(string)

  @doc false
  def strip(string, char), do: trim(string, <<char::utf8>>)

  @doc false
  def to_char_list(string), do: String.to_charlist(string)

  def printable?(string, limit \\ :infinity)
  def printable?(string, 0) when is_binary(string), do: true
  def printable?(<<>>, _), do: true

  def printable?(<<c::utf8, rest::binary>>, limit)
      when c in 0x20..0x7E or c in 0xA0..0xD7FF or c in 0xE000..0xFFFD or c in 0x10000..0x10FFFF or
             c in [?\n, ?\r, ?\t, ?\v, ?\b, ?\f, ?\e, ?\d, ?\a] do
    printable?(rest, if(limit == :infinity, do: :infinity, else: limit - 1))
  end

  def printable?(binary, _) when is_binary(binary), do: false

  def first(string) when is_binary(string) do
    case next_grapheme(string) do
      {char, _} -> char
      nil -> nil
    end
  end

  def last(""), do: nil

  def last(string) when is_binary(string) do
    case String.graphemes(string) do
      [] -> nil
      gs -> List.last(gs)
    end
  end

  def at(string, position) when is_binary(string) and is_integer(position) and position >= 0 do
    case String.slice(string, position, 1) do
      "" -> nil
      g -> g
    end
  end

  def at(string, position) when is_binary(string) and is_integer(position) and position < 0 do
    len = String.length(string)
    if len + position < 0, do: nil, else: at(string, len + position)
  end

  def slice(string, %{__struct__: Range, first: first, last: last, step: step} = range) when is_binary(string) do
    # As Elixir 1.14: `1..-2` (step -1, decreasing as written) slices like `1..-2//1`.
    step =
      cond do
        step > 0 -> step
        step == -1 and first > last -> 1
        true -> raise ArgumentError, "String.slice/2 does not accept ranges with negative steps, got: #{inspect(range)}"
      end

    len = String.length(string)
    first = if first < 0, do: max(len + first, 0), else: first
    last = if last < 0, do: len + last, else: last

    cond do
      step != 1 and first <= last ->
        gs = Enum.slice(String.graphemes(string), first..last//step)
        IO.iodata_to_binary(gs)

      first > last or first >= len ->
        ""

      true ->
        String.slice(string, first, last - first + 1)
    end
  end

  def starts_with?(string, prefix) when is_binary(string) and is_binary(prefix) do
    starts_with_string?(string, byte_size(string), prefix)
  end

  def starts_with?(string, prefix) when is_binary(string) and is_list(prefix) do
    string_size = byte_size(string)
    Enum.any?(prefix, &starts_with_string?(string, string_size, &1))
  end

  def starts_with?(string, prefix) when is_binary(string) do
    IO.warn("compiled patterns are deprecated in starts_with?")
    case :binary.match(string, prefix) do
      {0, _} -> true
      _ -> false
    end
  end

  defp starts_with_string?(string, string_size, prefix) when is_binary(prefix) do
    prefix_size = byte_size(prefix)
    if prefix_size <= string_size, do: prefix == binary_part(string, 0, prefix_size), else: false
  end

  def ends_with?(string, suffix) when is_binary(string) and is_binary(suffix) do
    ends_with_string?(string, byte_size(string), suffix)
  end

  def ends_with?(string, suffix) when is_binary(string) and is_list(suffix) do
    string_size = byte_size(string)
    Enum.any?(suffix, &ends_with_string?(string, string_size, &1))
  end

  defp ends_with_string?(string, string_size, suffix) when is_binary(suffix) do
    suffix_size = byte_size(suffix)

    if suffix_size <= string_size,
      do: suffix == binary_part(string, string_size - suffix_size, suffix_size),
      else: false
  end

  def contains?(string, contents) when is_binary(string) and is_list(contents) do
    Enum.any?(contents, &(&1 == "")) or
      (contents != [] and :binary.match(string, contents) != :nomatch)
  end

  def contains?(string, contents) when is_binary(string) do
    "" == contents or :binary.match(string, contents) != :nomatch
  end

  def match?(string, regex) when is_binary(string), do: Regex.match?(regex, string)

  def to_charlist(string) when is_binary(string) do
    case :unicode.characters_to_list(string) do
      result when is_list(result) -> result
      {:error, encoded, rest} -> raise UnicodeConversionError, encoded: encoded, rest: rest, kind: :invalid
      {:incomplete, encoded, rest} -> raise UnicodeConversionError, encoded: encoded, rest: rest, kind: :incomplete
    end
  end

  # Inlined by Elixir's compiler: the :erlang function's errors.
  def to_atom(string), do: :erlang.binary_to_atom(string, :utf8)
  def to_existing_atom(string), do: :erlang.binary_to_existing_atom(string, :utf8)
  def to_float(string), do: :erlang.binary_to_float(string)

  def chunk(string, trait) when trait in [:valid, :printable] and is_binary(string) do
    string
    |> codepoints()
    |> Enum.chunk_by(&(if trait == :valid, do: valid?(&1), else: printable?(&1)))
    |> Enum.map(&IO.iodata_to_binary/1)
  end

  def myers_difference(string1, string2) when is_binary(string1) and is_binary(string2) do
    String.graphemes(string1)
    |> List.myers_difference(String.graphemes(string2))
    |> Enum.map(fn {kind, chars} -> {kind, IO.iodata_to_binary(chars)} end)
  end

  # bag_distance/2 and jaro_distance/2, from Elixir 1.14.
  def bag_distance(_string, ""), do: 0.0
  def bag_distance("", _string), do: 0.0

  def bag_distance(string1, string2) when is_binary(string1) and is_binary(string2) do
    {bag1, length1} = string_to_bag(string1, %{}, 0)
    {bag2, length2} = string_to_bag(string2, %{}, 0)

    diff1 = bag_difference(bag1, bag2)
    diff2 = bag_difference(bag2, bag1)

    1 - :erlang.max(diff1, diff2) / :erlang.max(length1, length2)
  end

  defp string_to_bag(string, bag, length) do
    gcs = String.graphemes(string)
    {Enum.reduce(gcs, bag, &bag_store(&2, &1)), length + length(gcs)}
  end

  defp bag_store(bag, gc) do
    case bag do
      %{^gc => current} -> %{bag | gc => current + 1}
      %{} -> Map.put(bag, gc, 1)
    end
  end

  defp bag_difference(bag1, bag2) do
    Enum.reduce(bag1, 0, fn {char, count1}, sum ->
      case bag2 do
        %{^char => count2} -> sum + :erlang.max(count1 - count2, 0)
        %{} -> sum + count1
      end
    end)
  end

  def jaro_distance(string1, string2)

  def jaro_distance(string, string), do: 1.0
  def jaro_distance(_string, ""), do: 0.0
  def jaro_distance("", _string), do: 0.0

  def jaro_distance(string1, string2) when is_binary(string1) and is_binary(string2) do
    {chars1, len1} = graphemes_and_length(string1)
    {chars2, len2} = graphemes_and_length(string2)

    case match(chars1, len1, chars2, len2) do
      {0, _trans} ->
        0.0

      {comm, trans} ->
        (comm / len1 + comm / len2 + (comm - trans) / comm) / 3
    end
  end

  defp match(chars1, len1, chars2, len2) do
    if len1 < len2 do
      match(chars1, chars2, div(len2, 2) - 1)
    else
      match(chars2, chars1, div(len1, 2) - 1)
    end
  end

  defp match(chars1, chars2, lim) do
    match(chars1, chars2, {0, lim}, {0, 0, -1}, 0)
  end

  defp match([char | rest], chars, range, state, idx) do
    {chars, state} = submatch(char, chars, range, state, idx)

    case range do
      {lim, lim} -> match(rest, tl(chars), range, state, idx + 1)
      {pre, lim} -> match(rest, chars, {pre + 1, lim}, state, idx + 1)
    end
  end

  defp match([], _, _, {comm, trans, _}, _), do: {comm, trans}

  defp submatch(char, chars, {pre, _} = range, state, idx) do
    case detect(char, chars, range) do
      nil ->
        {chars, state}

      {subidx, chars} ->
        {chars, proceed(state, idx - pre + subidx)}
    end
  end

  defp detect(char, chars, {pre, lim}) do
    detect(char, chars, pre + 1 + lim, 0, [])
  end

  defp detect(_char, _chars, 0, _idx, _acc), do: nil
  defp detect(_char, [], _lim, _idx, _acc), do: nil

  defp detect(char, [char | rest], _lim, idx, acc), do: {idx, Enum.reverse(acc, [nil | rest])}

  defp detect(char, [other | rest], lim, idx, acc),
    do: detect(char, rest, lim - 1, idx + 1, [other | acc])

  defp proceed({comm, trans, former}, current) do
    if current < former do
      {comm + 1, trans + 1, current}
    else
      {comm + 1, trans, current}
    end
  end

  defp graphemes_and_length(string) do
    gcs = String.graphemes(string)
    {gcs, length(gcs)}
  end
end

defmodule UnicodeConversionError do
  defexception [:encoded, :message]

  def exception(opts) do
    %UnicodeConversionError{
      encoded: Keyword.fetch!(opts, :encoded),
      message: "#{Keyword.fetch!(opts, :kind)} #{detail(Keyword.fetch!(opts, :rest))}"
    }
  end

  defp detail(rest) when is_binary(rest), do: "encoding starting at #{inspect(rest)}"
  defp detail([h | _]) when is_integer(h), do: "code point #{h}"
  defp detail([h | _]), do: detail(h)
end
