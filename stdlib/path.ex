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
end
