# Path: the functions that only compute on names (Unix paths), as Elixir
# 1.14's lib/elixir/lib/path.ex and Erlang's filename module give them.
defmodule Path do
  def join([name1, name2 | rest]), do: join([join(name1, name2) | rest])
  def join([name]), do: IO.chardata_to_string(name)

  def join(left, right) do
    left = IO.chardata_to_string(left)
    right = IO.chardata_to_string(right)
    left |> do_join(right) |> remove_dir_sep()
  end

  defp do_join(left, "/" <> right), do: do_join(left, right)
  defp do_join("", right), do: right
  defp do_join(left, ""), do: left

  defp do_join(left, right) do
    if :binary.last(left) == ?/, do: left <> right, else: left <> "/" <> right
  end

  defp remove_dir_sep(""), do: ""
  defp remove_dir_sep("/"), do: "/"

  defp remove_dir_sep(path) do
    if :binary.last(path) == ?/, do: binary_part(path, 0, byte_size(path) - 1), else: path
  end

  def basename(path) do
    path = IO.chardata_to_string(path)

    case String.split(path, "/", trim: true) do
      [] -> ""
      parts -> List.last(parts)
    end
  end

  def basename(path, extension) do
    base = basename(path)
    extension = IO.chardata_to_string(extension)

    if extension != "" and String.ends_with?(base, extension) and base != extension,
      do: binary_part(base, 0, byte_size(base) - byte_size(extension)),
      else: base
  end

  def dirname(path) do
    path = IO.chardata_to_string(path)

    case last_slash(path) do
      nil ->
        "."

      at ->
        case String.trim_trailing(binary_part(path, 0, at), "/") do
          "" -> if String.starts_with?(path, "/"), do: "/", else: "."
          dir -> dir
        end
    end
  end

  defp last_slash(path) do
    case :binary.matches(path, "/") do
      [] -> nil
      matches -> matches |> List.last() |> elem(0)
    end
  end

  def extname(path) do
    base = basename(path)

    case :binary.matches(base, ".") do
      [] -> ""
      [{0, _}] -> ""
      matches -> binary_part(base, matches |> List.last() |> elem(0), byte_size(base) - (matches |> List.last() |> elem(0)))
    end
  end

  def rootname(path) do
    path = IO.chardata_to_string(path)
    from = (last_slash(path) || -1) + 1
    last = binary_part(path, from, byte_size(path) - from)

    case :binary.matches(last, ".") do
      [] -> path
      matches -> binary_part(path, 0, from + (matches |> List.last() |> elem(0)))
    end
  end

  def rootname(path, extension) do
    path = IO.chardata_to_string(path)
    extension = IO.chardata_to_string(extension)

    if String.ends_with?(path, extension),
      do: binary_part(path, 0, byte_size(path) - byte_size(extension)),
      else: path
  end

  def split(path) do
    path = IO.chardata_to_string(path)
    parts = String.split(path, "/", trim: true)
    if String.starts_with?(path, "/"), do: ["/" | parts], else: parts
  end

  def type(path) do
    if String.starts_with?(IO.chardata_to_string(path), "/"), do: :absolute, else: :relative
  end

  def absname(path), do: absname(path, &File.cwd!/0)

  def absname(path, relative_to) do
    path = IO.chardata_to_string(path)

    case type(path) do
      :relative ->
        relative_to = if is_function(relative_to, 0), do: relative_to.(), else: relative_to
        absname_join(IO.chardata_to_string(relative_to), relative(path))

      :absolute ->
        absname_join(path, "")
    end
  end

  # "/./" and "//" collapse to "/", and a trailing "/" goes, as Elixir's
  # absname_join does; ".." stays (expand/1 resolves it).
  defp absname_join(name, rel), do: absname_join(name, rel, [])
  defp absname_join(<<?/, rest::binary>>, rel, [?., ?/ | acc]), do: absname_join(rest, rel, [?/ | acc])
  defp absname_join(<<?/, rest::binary>>, rel, [?/ | acc]), do: absname_join(rest, rel, [?/ | acc])
  defp absname_join(<<>>, <<>>, acc), do: acc |> drop_dir_sep() |> :lists.reverse() |> IO.iodata_to_binary()
  defp absname_join(<<>>, rel, [?/ | _] = acc), do: absname_join(rel, <<>>, acc)
  defp absname_join(<<>>, rel, acc), do: absname_join(rel, <<>>, [?/ | acc])
  defp absname_join(<<c, rest::binary>>, rel, acc), do: absname_join(rest, rel, [c | acc])

  defp drop_dir_sep([?/]), do: [?/]
  defp drop_dir_sep([?/ | rest]), do: rest
  defp drop_dir_sep(acc), do: acc

  def expand(path), do: expand_dot(absname(expand_home(path), &File.cwd!/0))

  def expand(path, relative_to) do
    expand_dot(absname(absname(expand_home(path), expand_home(relative_to)), &File.cwd!/0))
  end

  defp expand_home(path) do
    case IO.chardata_to_string(path) do
      "~" -> System.user_home!()
      "~/" <> _ = "~" <> rest -> System.user_home!() <> rest
      rest -> rest
    end
  end

  defp expand_dot("/" <> rest), do: "/" <> do_expand_dot(:binary.split(rest, "/", [:global]), [])
  defp expand_dot(path), do: do_expand_dot(:binary.split(path, "/", [:global]), [])

  defp do_expand_dot([".." | t], [_, _ | acc]), do: do_expand_dot(t, acc)
  defp do_expand_dot([".." | t], []), do: do_expand_dot(t, [])
  defp do_expand_dot(["." | t], acc), do: do_expand_dot(t, acc)
  defp do_expand_dot([h | t], acc), do: do_expand_dot(t, ["/", h | acc])
  defp do_expand_dot([], []), do: ""
  defp do_expand_dot([], ["/" | acc]), do: IO.iodata_to_binary(:lists.reverse(acc))

  def relative(name) do
    case IO.chardata_to_string(name) do
      "/" <> rest -> relative(rest)
      name -> name
    end
  end

  # Path.safe_relative_to/2 and safe_relative/1 (:filelib.safe_relative_path):
  # a relative path whose ".." never climbs above its start, normalised.
  # Symbolic links inside `relative_to` are not followed (docs/compat.md).
  def safe_relative_to(path, relative_to) do
    path = IO.chardata_to_string(path)
    _ = IO.chardata_to_string(relative_to)

    if type(path) == :relative do
      safe_segments(split(path), [])
    else
      :error
    end
  end

  def safe_relative(path), do: safe_relative_to(path, File.cwd!())

  defp safe_segments(["." | rest], acc), do: safe_segments(rest, acc)
  defp safe_segments([".." | _rest], []), do: :error
  defp safe_segments([".." | rest], [_ | acc]), do: safe_segments(rest, acc)
  defp safe_segments([segment | rest], acc), do: safe_segments(rest, [segment | acc])
  defp safe_segments([], []), do: {:ok, ""}
  defp safe_segments([], acc), do: {:ok, join(:lists.reverse(acc))}

  def relative_to(path, from) do
    path = IO.chardata_to_string(path)
    relative_to(split(path), split(IO.chardata_to_string(from)), path)
  end

  defp relative_to(path, path, _original), do: "."
  defp relative_to([h | t1], [h | t2], original), do: relative_to(t1, t2, original)
  defp relative_to([_ | _] = l1, [], _original), do: join(l1)
  defp relative_to(_, _, original), do: original

  def relative_to_cwd(path) do
    case File.cwd() do
      {:ok, base} -> relative_to(path, base)
      _ -> IO.chardata_to_string(path)
    end
  end

  # wildcard/2 (Erlang's :filelib.wildcard/2 as Elixir calls it): each
  # component of the glob is a literal name, `**` (zero or more directories)
  # or a pattern (`*`, `?`, `[a-z]`, `{a,b}`, `\\` escapes) matched against
  # the directory's entries, without names that start with a dot unless
  # match_dot: true. Results are sorted and unique.
  def wildcard(glob, opts \\ []) when is_list(opts) do
    glob =
      case :unicode.characters_to_binary(glob) do
        bin when is_binary(bin) -> bin
        {:error, encoded, rest} -> raise UnicodeConversionError, encoded: encoded, rest: rest, kind: :invalid
        {:incomplete, encoded, rest} -> raise UnicodeConversionError, encoded: encoded, rest: rest, kind: :incomplete
      end

    if String.contains?(glob, <<0>>) do
      raise ArgumentError, "cannot execute Path.wildcard/2 for path with null byte, got: #{inspect(glob)}"
    end

    dot? = Keyword.get(opts, :match_dot, false) == true

    {base, parts} =
      case glob do
        "/" <> rest -> {"/", String.split(rest, "/", trim: true)}
        _ -> {nil, String.split(glob, "/", trim: true)}
      end

    base
    |> glob_match(Enum.map(parts, &compile_part/1), dot?)
    |> Enum.sort()
    |> Enum.dedup()
  end

  defp compile_part("**"), do: :double_star

  defp compile_part(part) do
    if String.contains?(part, ["*", "?", "[", "{", "\\"]) do
      case glob_regex(part, "", 0) do
        {:ok, source} -> Regex.compile!("\\A(?:" <> source <> ")\\z", "su")
        :literal -> part
        :unclosed -> :erlang.error({:badpattern, :missing_delimiter})
      end
    else
      part
    end
  end

  # The regex source of one component; :literal when a `[` is not closed
  # (the component then names a file literally, as in filelib), :unclosed
  # for a `{`.
  defp glob_regex(<<>>, acc, 0), do: {:ok, acc}
  defp glob_regex(<<>>, _acc, _depth), do: :unclosed
  defp glob_regex("*" <> rest, acc, depth), do: glob_regex(rest, acc <> ".*", depth)
  defp glob_regex("?" <> rest, acc, depth), do: glob_regex(rest, acc <> ".", depth)
  defp glob_regex("{" <> rest, acc, depth), do: glob_regex(rest, acc <> "(?:", depth + 1)
  defp glob_regex("," <> rest, acc, depth) when depth > 0, do: glob_regex(rest, acc <> "|", depth)
  defp glob_regex("}" <> rest, acc, depth) when depth > 0, do: glob_regex(rest, acc <> ")", depth - 1)
  defp glob_regex(<<"\\", c::utf8, rest::binary>>, acc, depth), do: glob_regex(rest, acc <> Regex.escape(<<c::utf8>>), depth)

  defp glob_regex("[" <> rest, acc, depth) do
    case :binary.split(rest, "]") do
      [set, rest] when set != "" -> glob_regex(rest, acc <> "[" <> char_set(set) <> "]", depth)
      _ -> :literal
    end
  end

  defp glob_regex(<<c::utf8, rest::binary>>, acc, depth), do: glob_regex(rest, acc <> Regex.escape(<<c::utf8>>), depth)

  # Characters and ranges (a-z) of a [...] set; `!` and `^` are plain.
  defp char_set(set) do
    for <<c::utf8 <- set>>, into: "" do
      if c == ?-, do: "-", else: "\\x{" <> Integer.to_string(c, 16) <> "}"
    end
  end

  defp glob_match(base, [], _dot?), do: [base]

  defp glob_match(base, ["." | rest], dot?), do: glob_match(base || ".", rest, dot?) |> Enum.map(&drop_dot(&1, base))

  defp glob_match(base, [name | rest], dot?) when is_binary(name) do
    path = glob_join(base, name)

    case rest do
      [] -> if match?({:ok, _}, :vial.file_stat(path, false)), do: [path], else: []
      _ -> glob_match(path, rest, dot?)
    end
  end

  # After `**` a literal name is matched against directory entries too
  # (so hidden names stay hidden), as filelib does.
  defp glob_match(base, [:double_star, name | rest], dot?) when is_binary(name) and name != ".",
    do: glob_match(base, [:double_star, Regex.compile!("\\A" <> Regex.escape(name) <> "\\z", "s") | rest], dot?)

  defp glob_match(base, [:double_star | rest], dot?) do
    here = if rest == [], do: [], else: glob_match(base, rest, dot?)

    deeper =
      Enum.flat_map(glob_entries(base, dot?), fn entry ->
        path = glob_join(base, entry)
        below = if File.dir?(path), do: glob_match(path, [:double_star | rest], dot?), else: []
        if rest == [], do: [path | below], else: below
      end)

    here ++ deeper
  end

  defp glob_match(base, [regex | rest], dot?) do
    for entry <- glob_entries(base, dot?), Regex.match?(regex, entry), path <- glob_match(glob_join(base, entry), rest, dot?), do: path
  end

  defp drop_dot("./" <> path, nil), do: path
  defp drop_dot(path, _base), do: path

  defp glob_entries(base, dot?) do
    case File.ls(base || ".") do
      {:ok, names} -> if dot?, do: names, else: Enum.reject(names, &String.starts_with?(&1, "."))
      _ -> []
    end
  end

  defp glob_join(nil, name), do: name
  defp glob_join("/", name), do: "/" <> name
  defp glob_join(base, name), do: base <> "/" <> name
end
