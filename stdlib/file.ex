# File: reading, writing, listing, copying, renaming, stat and line streams
# (runtime/builtins/file.cpp), with Elixir 1.14's results and File.Error
# messages. open/1,2,3 gives an IO server process (:file_io_server,
# docs/io.md); File.Stream reads and writes through one.
defmodule File.Error do
  defexception [:reason, :path, action: ""]

  def message(%{action: action, reason: reason, path: path}) do
    formatted =
      case {action, reason} do
        {"remove directory", :eexist} -> "directory is not empty"
        _ -> File.format_reason(reason)
      end

    "could not #{action} #{inspect(path)}: #{formatted}"
  end
end

defmodule File.Stat do
  defstruct [:size, :type, :access, :atime, :mtime, :ctime, :mode, :links, :major_device, :minor_device, :inode, :uid, :gid]
end

# File.stream!/3 (after Elixir 1.14's lib/elixir/lib/file/stream.ex): the
# file is opened when the stream is enumerated or collected into, and read a
# line or a count at a time through its IO server.
defmodule File.Stream do
  defstruct path: nil, modes: [], line_or_bytes: :line, raw: true

  @doc false
  def __build__(path, modes, line_or_bytes) do
    raw = :lists.keyfind(:encoding, 1, modes) == false

    modes =
      if raw do
        case :lists.keyfind(:read_ahead, 1, modes) do
          {:read_ahead, false} -> [:raw | :lists.keydelete(:read_ahead, 1, modes)]
          {:read_ahead, _} -> [:raw | modes]
          false -> [:raw, :read_ahead | modes]
        end
      else
        modes
      end

    %File.Stream{path: path, modes: modes, raw: raw, line_or_bytes: line_or_bytes}
  end
end

defmodule File do
  def format_reason(:enoent), do: "no such file or directory"
  def format_reason(:eacces), do: "permission denied"
  def format_reason(:eisdir), do: "illegal operation on a directory"
  def format_reason(:enotdir), do: "not a directory"
  def format_reason(:eexist), do: "file already exists"
  def format_reason(:enospc), do: "no space left on device"
  def format_reason(:enotempty), do: "directory not empty"
  def format_reason(:eperm), do: "not owner"
  def format_reason(:erofs), do: "read-only file system"
  def format_reason(:enametoolong), do: "file name too long"
  def format_reason(:ebadf), do: "bad file number"
  def format_reason(:einval), do: "invalid argument"
  def format_reason(:espipe), do: "invalid seek"
  def format_reason(:emfile), do: "too many open files"
  def format_reason(:eloop), do: "too many levels of symbolic links"
  def format_reason(reason), do: "unknown POSIX error: #{reason}"

  def read(path), do: :vial.file_read(IO.chardata_to_string(path))

  def read!(path) do
    case read(path) do
      {:ok, binary} -> binary
      {:error, reason} -> raise File.Error, reason: reason, action: "read file", path: IO.chardata_to_string(path)
    end
  end

  def write(path, content, modes \\ []),
    do: :file.write_file(IO.chardata_to_string(path), content, normalize_modes(modes, false))

  def write!(path, content, modes \\ []) do
    case write(path, content, modes) do
      :ok -> :ok
      {:error, reason} -> raise File.Error, reason: reason, action: "write to file", path: IO.chardata_to_string(path)
    end
  end

  def exists?(path), do: :vial.file_type(IO.chardata_to_string(path)) != :none
  def dir?(path), do: :vial.file_type(IO.chardata_to_string(path)) == :directory
  def regular?(path), do: :vial.file_type(IO.chardata_to_string(path)) == :regular

  def rm(path), do: :vial.file_delete(IO.chardata_to_string(path))

  def rm!(path) do
    case rm(path) do
      :ok -> :ok
      {:error, reason} -> raise File.Error, reason: reason, action: "remove file", path: IO.chardata_to_string(path)
    end
  end

  def rmdir(path), do: :vial.file_rmdir(IO.chardata_to_string(path))

  def rmdir!(path) do
    case rmdir(path) do
      :ok -> :ok
      {:error, reason} -> raise File.Error, reason: reason, action: "remove directory", path: IO.chardata_to_string(path)
    end
  end

  def mkdir(path), do: :vial.file_mkdir(IO.chardata_to_string(path))

  def mkdir!(path) do
    case mkdir(path) do
      :ok -> :ok
      {:error, reason} -> raise File.Error, reason: reason, action: "make directory", path: IO.chardata_to_string(path)
    end
  end

  def mkdir_p(path) do
    path = IO.chardata_to_string(path)

    cond do
      dir?(path) ->
        :ok

      true ->
        parent = Path.dirname(path)

        with :ok <- if(parent != path, do: mkdir_p(parent), else: :ok) do
          case mkdir(path) do
            {:error, :eexist} -> if dir?(path), do: :ok, else: {:error, :eexist}
            other -> other
          end
        end
    end
  end

  def mkdir_p!(path) do
    case mkdir_p(path) do
      :ok -> :ok
      {:error, reason} -> raise File.Error, reason: reason, action: "make directory (with -p)", path: IO.chardata_to_string(path)
    end
  end

  def ls(path \\ ".") do
    :vial.file_ls(IO.chardata_to_string(path))
  end

  def ls!(path \\ ".") do
    case ls(path) do
      {:ok, list} -> list
      {:error, reason} -> raise File.Error, reason: reason, action: "list directory", path: IO.chardata_to_string(path)
    end
  end

  def cwd, do: :vial.file_cwd()

  def cwd! do
    {:ok, cwd} = cwd()
    cwd
  end

  def touch(path) do
    path = IO.chardata_to_string(path)
    if exists?(path), do: :ok, else: write(path, "")
  end

  def rm_rf(path) do
    path = IO.chardata_to_string(path)
    {:ok, do_rm_rf(path, [])}
  end

  defp do_rm_rf(path, acc) do
    cond do
      dir?(path) ->
        {:ok, entries} = ls(path)
        acc = Enum.reduce(entries, acc, &do_rm_rf(Path.join(path, &1), &2))
        rmdir(path)
        [path | acc]

      exists?(path) ->
        rm(path)
        [path | acc]

      true ->
        acc
    end
  end

  def exists?(path, _opts), do: exists?(path)
  def dir?(path, _opts), do: dir?(path)
  def regular?(path, _opts), do: regular?(path)

  def cd(path), do: :vial.file_cd(IO.chardata_to_string(path))

  def cd!(path) do
    case cd(path) do
      :ok -> :ok
      {:error, reason} -> raise File.Error, reason: reason, action: "set current working directory to", path: IO.chardata_to_string(path)
    end
  end

  def cd!(path, function) do
    old = cwd!()
    cd!(path)

    try do
      function.()
    after
      cd!(old)
    end
  end

  def rename(source, destination),
    do: :vial.file_rename(IO.chardata_to_string(source), IO.chardata_to_string(destination))

  def rename!(source, destination) do
    case rename(source, destination) do
      :ok ->
        :ok

      {:error, reason} ->
        raise File.RenameError,
          reason: reason,
          action: "rename",
          source: IO.chardata_to_string(source),
          destination: IO.chardata_to_string(destination)
    end
  end

  def copy(source, destination, _bytes_count \\ :infinity),
    do: :vial.file_copy(IO.chardata_to_string(source), IO.chardata_to_string(destination))

  def copy!(source, destination, bytes_count \\ :infinity) do
    case copy(source, destination, bytes_count) do
      {:ok, bytes_count} ->
        bytes_count

      {:error, reason} ->
        raise File.CopyError,
          reason: reason,
          action: "copy",
          source: IO.chardata_to_string(source),
          destination: IO.chardata_to_string(destination)
    end
  end

  def cp(source_file, destination_file, _options \\ []) do
    case copy(source_file, destination_file) do
      {:ok, _} -> :ok
      error -> error
    end
  end

  def cp!(source_file, destination_file, options \\ []) do
    case cp(source_file, destination_file, options) do
      :ok ->
        :ok

      {:error, reason} ->
        raise File.CopyError,
          reason: reason,
          action: "copy",
          source: IO.chardata_to_string(source_file),
          destination: IO.chardata_to_string(destination_file)
    end
  end

  def stat(path, opts \\ []), do: do_stat(path, opts, true)
  def lstat(path, opts \\ []), do: do_stat(path, opts, false)

  defp do_stat(path, opts, follow) do
    case :vial.file_stat(IO.chardata_to_string(path), follow) do
      {:ok, {size, type, access, atime, mtime, ctime, mode, links, major, minor, inode, uid, gid}} ->
        time = Keyword.get(opts, :time, :universal)

        {:ok,
         %File.Stat{
           size: size,
           type: type,
           access: access,
           atime: stat_time(atime, time),
           mtime: stat_time(mtime, time),
           ctime: stat_time(ctime, time),
           mode: mode,
           links: links,
           major_device: major,
           minor_device: minor,
           inode: inode,
           uid: uid,
           gid: gid
         }}

      error ->
        error
    end
  end

  defp stat_time(seconds, :posix), do: seconds

  defp stat_time(seconds, _universal_or_local) do
    days = div(seconds, 86400)
    secs = rem(seconds, 86400)
    {civil_from_days(days), {div(secs, 3600), div(rem(secs, 3600), 60), rem(secs, 60)}}
  end

  # Days since 1970-01-01 to {year, month, day} (proleptic Gregorian).
  defp civil_from_days(z) do
    z = z + 719_468
    era = div(if(z >= 0, do: z, else: z - 146_096), 146_097)
    doe = z - era * 146_097
    yoe = div(doe - div(doe, 1460) + div(doe, 36524) - div(doe, 146_096), 365)
    y = yoe + era * 400
    doy = doe - (365 * yoe + div(yoe, 4) - div(yoe, 100))
    mp = div(5 * doy + 2, 153)
    d = doy - div(153 * mp + 2, 5) + 1
    m = if mp < 10, do: mp + 3, else: mp - 9
    {if(m <= 2, do: y + 1, else: y), m, d}
  end

  def stat!(path, opts \\ []) do
    case stat(path, opts) do
      {:ok, info} -> info
      {:error, reason} -> raise File.Error, reason: reason, action: "read file stats", path: IO.chardata_to_string(path)
    end
  end

  def lstat!(path, opts \\ []) do
    case lstat(path, opts) do
      {:ok, info} -> info
      {:error, reason} -> raise File.Error, reason: reason, action: "read file stats", path: IO.chardata_to_string(path)
    end
  end

  def touch!(path) do
    case touch(path) do
      :ok -> :ok
      {:error, reason} -> raise File.Error, reason: reason, action: "touch", path: IO.chardata_to_string(path)
    end
  end

  def rm_rf!(path) do
    case rm_rf(path) do
      {:ok, files} -> files
      {:error, reason, _} -> raise File.Error, reason: reason, path: IO.chardata_to_string(path), action: "remove files and directories recursively from"
    end
  end

  def stream!(path, modes \\ [], line_or_bytes \\ :line),
    do: File.Stream.__build__(IO.chardata_to_string(path), normalize_modes(modes, true), line_or_bytes)

  # File.open/2: an IO server process for the file (:file.open/2). Modes as
  # Elixir gives them to Erlang: :utf8 is {:encoding, :utf8}, and :binary
  # is added unless :charlist is given.
  def open(path, modes_or_function \\ [])
  def open(path, modes) when is_list(modes), do: :file.open(IO.chardata_to_string(path), normalize_modes(modes, true))
  def open(path, function) when is_function(function, 1), do: open(path, [], function)

  def open(path, modes, function) when is_list(modes) and is_function(function, 1) do
    case open(path, modes) do
      {:ok, device} ->
        try do
          {:ok, function.(device)}
        after
          :ok = close(device)
        end

      other ->
        other
    end
  end

  def open!(path, modes_or_function \\ []) do
    case open(path, modes_or_function) do
      {:ok, result} -> result
      {:error, reason} -> raise File.Error, reason: reason, action: "open", path: IO.chardata_to_string(path)
    end
  end

  def open!(path, modes, function) do
    case open(path, modes, function) do
      {:ok, result} -> result
      {:error, reason} -> raise File.Error, reason: reason, action: "open", path: IO.chardata_to_string(path)
    end
  end

  def close(io_device), do: :file.close(io_device)

  defp normalize_modes([:utf8 | rest], binary?), do: [{:encoding, :utf8} | normalize_modes(rest, binary?)]
  defp normalize_modes([:read_ahead | rest], binary?), do: [{:read_ahead, 65536} | normalize_modes(rest, binary?)]

  defp normalize_modes([mode | rest], _binary?) when mode in [:charlist, :char_list] do
    if mode == :char_list, do: IO.warn("the :char_list mode is deprecated, use :charlist")
    normalize_modes(rest, false)
  end

  defp normalize_modes([mode | rest], binary?), do: [mode | normalize_modes(rest, binary?)]
  defp normalize_modes([], true), do: [:binary]
  defp normalize_modes([], false), do: []
end

defimpl Enumerable, for: File.Stream do
  def reduce(%{path: path, modes: modes, line_or_bytes: line_or_bytes, raw: raw}, acc, fun) do
    start = fn ->
      case :file.open(path, read_modes(modes)) do
        {:ok, device} -> if :trim_bom in modes, do: elem(trim_bom(device, raw), 0), else: device
        {:error, reason} -> raise File.Error, reason: reason, action: "stream", path: path
      end
    end

    next = if raw, do: &IO.each_binstream(&1, line_or_bytes), else: &IO.each_stream(&1, line_or_bytes)
    Stream.resource(start, next, &:file.close/1).(acc, fun)
  end

  # Lines are counted as newlines, sizes from the file's size, as Elixir does.
  def count(%{path: path, modes: modes, line_or_bytes: :line, raw: raw}) do
    read = if raw, do: &IO.binread(&1, 65536), else: &IO.read(&1, 65536)

    case File.open(path, read_modes(modes), &count_lines(&1, path, read, 0)) do
      {:ok, count} -> {:ok, count}
      {:error, reason} -> raise File.Error, reason: reason, action: "stream", path: path
    end
  end

  def count(%{path: path, line_or_bytes: bytes, raw: true, modes: modes}) do
    case File.stat(path) do
      {:ok, %{size: 0}} ->
        {:error, __MODULE__}

      {:ok, %{size: size}} ->
        bom = if :trim_bom in modes, do: File.open!(path, read_modes(modes), &elem(trim_bom(&1, true), 1)), else: 0
        {:ok, div(size, bytes) + if(rem(size, bytes) == 0, do: 0, else: 1) - bom}

      {:error, reason} ->
        raise File.Error, reason: reason, action: "stream", path: path
    end
  end

  def count(_stream), do: {:error, __MODULE__}
  def member?(_stream, _term), do: {:error, __MODULE__}
  def slice(_stream), do: {:error, __MODULE__}

  defp count_lines(device, path, read, count) do
    case read.(device) do
      data when is_binary(data) -> count_lines(device, path, read, count + length(:binary.matches(data, "\n")))
      :eof -> count
      {:error, reason} -> raise File.Error, reason: reason, action: "stream", path: path
    end
  end

  defp trim_bom(device, true) do
    size = device |> IO.binread(4) |> bom_size()
    {:ok, position} = :file.position(device, size)
    {device, position}
  end

  defp trim_bom(device, false) do
    case bom_size(IO.read(device, 1)) do
      0 ->
        {:ok, _} = :file.position(device, 0)
        {device, 0}

      _ ->
        {device, 1}
    end
  end

  defp bom_size(<<239, 187, 191, _::binary>>), do: 3
  defp bom_size(<<254, 255, _::binary>>), do: 2
  defp bom_size(<<255, 254, _::binary>>), do: 2
  defp bom_size(<<0, 0, 254, 255, _::binary>>), do: 4
  defp bom_size(<<254, 255, 0, 0, _::binary>>), do: 4
  defp bom_size(_), do: 0

  defp read_modes(modes), do: for(mode <- modes, mode not in [:write, :append, :trim_bom], do: mode)
end

defimpl Collectable, for: File.Stream do
  def into(%{path: path, modes: modes, raw: raw} = stream) do
    case :file.open(path, [:write | for(mode <- modes, mode != :read, do: mode)]) do
      {:ok, device} ->
        {:ok,
         fn
           :ok, {:cont, x} -> if raw, do: IO.binwrite(device, x), else: IO.write(device, x)
           :ok, :done -> :ok = :file.close(device); stream
           :ok, :halt -> :ok = :file.close(device)
         end}

      {:error, reason} ->
        raise File.Error, reason: reason, action: "stream", path: path
    end
  end
end

# File.CopyError's and File.RenameError's message: "could not ACTION from
# SOURCE to DESTINATION[. ON]: REASON".
defmodule File.CopyError do
  defexception [:reason, :source, :destination, on: "", action: ""]

  def message(exception) do
    location =
      case exception.on do
        "" -> ""
        on -> ". #{on}"
      end

    "could not #{exception.action} from #{inspect(exception.source)} to " <>
      "#{inspect(exception.destination)}#{location}: #{File.format_reason(exception.reason)}"
  end
end

defmodule File.RenameError do
  defexception [:reason, :source, :destination, on: "", action: ""]

  def message(exception), do: File.CopyError.message(exception)
end
