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
end
