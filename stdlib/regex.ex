# Regex, as Elixir 1.14's lib/elixir/lib/regex.ex behaves, on the natives of
# runtime/builtins/regex.cpp (std::regex with a translation of the PCRE
# source; docs/compat.md lists what is not covered). The struct keeps the
# source and options; the compiled form is cached by the VM.
defmodule Regex do
  defstruct re_pattern: nil, source: "", opts: "", re_version: ""

  defmodule CompileError do
    defexception message: "regex could not be compiled"
  end

  def compile(source, options \\ "")

  def compile(source, options) when is_binary(source) and is_binary(options) do
    case translate_options(options, "") do
      {:error, _} = error -> error
      letters -> do_compile(source, letters, options)
    end
  end

  def compile(source, options) when is_binary(source) and is_list(options) do
    case list_options(options, "") do
      {:error, _} = error -> error
      letters -> do_compile(source, letters, options)
    end
  end

  defp do_compile(source, letters, options) do
    case :vial.regex_compile(source, letters) do
      :ok -> {:ok, %Regex{re_pattern: {:vial_regex, source, letters}, source: source, opts: options, re_version: ""}}
      {:error, _} = error -> error
    end
  end

  defp translate_options(<<?u, t::binary>>, acc), do: translate_options(t, acc <> "u")
  defp translate_options(<<?i, t::binary>>, acc), do: translate_options(t, acc <> "i")
  defp translate_options(<<?x, t::binary>>, acc), do: translate_options(t, acc <> "x")
  defp translate_options(<<?f, t::binary>>, acc), do: translate_options(t, acc)
  defp translate_options(<<?U, t::binary>>, acc), do: translate_options(t, acc <> "U")
  defp translate_options(<<?m, t::binary>>, acc), do: translate_options(t, acc <> "m")
  defp translate_options(<<?o, t::binary>>, acc), do: translate_options(t, acc)
  defp translate_options(<<?s, t::binary>>, acc), do: translate_options(t, acc <> "s")
  defp translate_options(<<>>, acc), do: acc
  defp translate_options(t, _acc), do: {:error, {:invalid_option, t}}

  defp list_options([:unicode | t], acc), do: list_options(t, acc <> "u")
  defp list_options([:caseless | t], acc), do: list_options(t, acc <> "i")
  defp list_options([:extended | t], acc), do: list_options(t, acc <> "x")
  defp list_options([:multiline | t], acc), do: list_options(t, acc <> "m")
  defp list_options([:dotall | t], acc), do: list_options(t, acc <> "s")
  defp list_options([:ungreedy | t], acc), do: list_options(t, acc <> "U")
  defp list_options([_ | t], acc), do: list_options(t, acc)
  defp list_options([], acc), do: acc

  def compile!(source, options \\ "") when is_binary(source) do
    case compile(source, options) do
      {:ok, regex} -> regex
      {:error, {reason, at}} -> raise Regex.CompileError, "#{reason} at position #{at}"
    end
  end

  def recompile(%Regex{} = regex), do: {:ok, regex}
  def recompile!(%Regex{} = regex), do: regex

  def version, do: {"8.45 2021-06-15", :little}

  def regex?(%Regex{}), do: true
  def regex?(_), do: false

  def source(%Regex{source: source}), do: source
  def opts(%Regex{opts: opts}), do: opts

  def names(%Regex{source: source}) do
    source |> :vial.regex_names() |> Enum.reject(&is_nil/1) |> Enum.sort()
  end

  defp letters(%Regex{re_pattern: {:vial_regex, _source, letters}}), do: letters

  # The groups of the first match at or after `offset`, with Erlang's
  # trailing unset groups dropped; nil if none.
  defp exec(%Regex{source: source} = regex, string, offset) do
    case :vial.regex_run(source, letters(regex), string, offset) do
      nil -> nil
      groups -> drop_unset(groups)
    end
  end

  defp drop_unset(groups) do
    groups |> :lists.reverse() |> Enum.drop_while(&(&1 == {-1, 0})) |> :lists.reverse()
  end

  def match?(%Regex{} = regex, string) when is_binary(string), do: exec(regex, string, 0) != nil

  def run(regex, string, options \\ [])

  def run(%Regex{} = regex, string, options) when is_binary(string) do
    offset = Keyword.get(options, :offset, 0)

    case exec(regex, string, offset) do
      nil -> nil
      groups -> select(regex, string, groups, options)
    end
  end

  defp select(regex, string, groups, options) do
    return = Keyword.get(options, :return, :binary)

    picked =
      case Keyword.get(options, :capture, :all) do
        :all -> groups
        :first -> [hd(groups)]
        :all_but_first -> tl(groups)
        :none -> []
        :all_names -> named_groups(regex, groups)
        names when is_list(names) -> named_groups(regex, groups, names)
      end

    Enum.map(picked, &convert(string, &1, return))
  end

  defp named_groups(regex, groups), do: named_groups(regex, groups, names(regex))

  defp named_groups(%Regex{source: source}, groups, wanted) do
    all = :vial.regex_names(source)

    Enum.map(wanted, fn name ->
      name = to_string(name)

      case Enum.find_index(all, &(&1 == name)) do
        nil -> {-1, 0}
        index -> Enum.at(groups, index + 1, {-1, 0})
      end
    end)
  end

  defp convert(_string, {-1, 0}, :binary), do: ""
  defp convert(string, {start, length}, :binary), do: binary_part(string, start, length)
  defp convert(_string, pair, :index), do: pair

  def named_captures(%Regex{} = regex, string, options \\ []) when is_binary(string) do
    names = names(regex)

    case run(regex, string, Keyword.put(options, :capture, names)) do
      nil -> nil
      values -> names |> Enum.zip(values) |> Map.new()
    end
  end

  # Every match from the start: {groups} lists, advancing one character
  # past an empty match.
  defp all_matches(regex, string, offset, acc) do
    case exec(regex, string, offset) do
      nil ->
        :lists.reverse(acc)

      [{start, length} | _] = groups ->
        next = if length == 0, do: start + next_size(regex, string, start), else: start + length

        if next > byte_size(string) do
          :lists.reverse([groups | acc])
        else
          all_matches(regex, string, next, [groups | acc])
        end
    end
  end

  defp next_size(regex, string, at) do
    if at < byte_size(string) and String.contains?(letters(regex), "u") do
      case binary_part(string, at, byte_size(string) - at) do
        <<c::utf8, _::binary>> -> byte_size(<<c::utf8>>)
        _ -> 1
      end
    else
      1
    end
  end

  def scan(regex, string, options \\ [])

  def scan(%Regex{} = regex, string, options) when is_binary(string) do
    regex
    |> all_matches(string, Keyword.get(options, :offset, 0), [])
    |> Enum.map(&select(regex, string, &1, options))
  end

  def split(regex, string, options \\ [])

  def split(%Regex{}, "", options) do
    if Keyword.get(options, :trim, false), do: [], else: [""]
  end

  def split(%Regex{} = regex, string, options) when is_binary(string) do
    parts = Keyword.get(options, :parts, :infinity)
    trim = Keyword.get(options, :trim, false)
    captures = Keyword.get(options, :include_captures, false)
    matches = all_matches(regex, string, 0, [])
    matches = if parts == :infinity, do: matches, else: Enum.take(matches, parts - 1)
    pieces = split_pieces(string, matches, 0, captures)
    if trim, do: Enum.reject(pieces, &(&1 == "")), else: pieces
  end

  defp split_pieces(string, [[{start, length} | _] | rest], from, captures) do
    piece = binary_part(string, from, start - from)
    tail = split_pieces(string, rest, start + length, captures)
    if captures, do: [piece, binary_part(string, start, length) | tail], else: [piece | tail]
  end

  defp split_pieces(string, [], from, _captures), do: [binary_part(string, from, byte_size(string) - from)]

  def replace(%Regex{} = regex, string, replacement, options \\ [])
      when is_binary(string) and is_list(options) do
    matches =
      if Keyword.get(options, :global, true) do
        all_matches(regex, string, 0, [])
      else
        case exec(regex, string, 0) do
          nil -> []
          groups -> [groups]
        end
      end

    replacement =
      if is_binary(replacement), do: parse_replacement(replacement, "", []), else: replacement

    IO.iodata_to_binary(replace_pieces(string, matches, 0, replacement))
  end

  defp replace_pieces(string, [[{start, length} | _] = groups | rest], from, replacement) do
    [binary_part(string, from, start - from), expand(string, groups, replacement) |
       replace_pieces(string, rest, start + length, replacement)]
  end

  defp replace_pieces(string, [], from, _replacement), do: [binary_part(string, from, byte_size(string) - from)]

  defp expand(string, groups, replacement) when is_list(replacement) do
    Enum.map(replacement, fn
      text when is_binary(text) -> text
      {:group, n} -> convert(string, Enum.at(groups, n, {-1, 0}), :binary)
    end)
  end

  defp expand(string, groups, fun) when is_function(fun) do
    arity = Enum.find(0..255, &is_function(fun, &1))
    values = Enum.map(groups, &convert(string, &1, :binary))
    values = Enum.take(values ++ List.duplicate("", arity), arity)
    apply(fun, values)
  end

  # "\\1", "\\g{1}" and "\\0" name groups; any other escaped character is itself.
  defp parse_replacement(<<?\\, ?g, ?{, rest::binary>>, text, acc) do
    {digits, <<?}, rest::binary>>} = take_digits(rest, "")
    parse_replacement(rest, "", [{:group, String.to_integer(digits)}, text | acc])
  end

  defp parse_replacement(<<?\\, d, rest::binary>>, text, acc) when d in ?0..?9 do
    {digits, rest} = take_digits(<<d, rest::binary>>, "")
    parse_replacement(rest, "", [{:group, String.to_integer(digits)}, text | acc])
  end

  defp parse_replacement(<<?\\, c, rest::binary>>, text, acc), do: parse_replacement(rest, <<text::binary, c>>, acc)
  defp parse_replacement(<<c, rest::binary>>, text, acc), do: parse_replacement(rest, <<text::binary, c>>, acc)
  defp parse_replacement(<<>>, text, acc), do: :lists.reverse([text | acc])

  defp take_digits(<<d, rest::binary>>, acc) when d in ?0..?9, do: take_digits(rest, <<acc::binary, d>>)
  defp take_digits(rest, acc), do: {acc, rest}

  @escapable [?., ?^, ?$, ?*, ?+, ??, ?(, ?), ?[, ?], ?{, ?}, ?|, ?#, ?-, ?\\, ?\t, ?\n, ?\v, ?\f, ?\r, ?\s]

  def escape(string) when is_binary(string) do
    for <<c <- string>>, into: "", do: if(c in @escapable, do: <<?\\, c>>, else: <<c>>)
  end
end

defimpl Inspect, for: Regex do
  def inspect(%Regex{source: source, opts: opts}, _opts) when is_binary(opts) do
    "~r/" <> escape_slashes(source, "") <> "/" <> opts
  end

  def inspect(%Regex{source: source, opts: opts}, _opts) do
    "Regex.compile!(" <> Kernel.inspect(source) <> ", " <> Kernel.inspect(opts) <> ")"
  end

  defp escape_slashes(<<?\\, c, rest::binary>>, acc), do: escape_slashes(rest, <<acc::binary, ?\\, c>>)
  defp escape_slashes(<<?/, rest::binary>>, acc), do: escape_slashes(rest, <<acc::binary, ?\\, ?/>>)
  defp escape_slashes(<<c, rest::binary>>, acc), do: escape_slashes(rest, <<acc::binary, c>>)
  defp escape_slashes(<<>>, acc), do: acc
end
