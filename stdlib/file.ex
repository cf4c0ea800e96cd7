# File: reading, writing and listing (runtime/builtins/file.cpp), with
# Elixir 1.14's results and File.Error messages. Streams, copies, renames,
# stat and permissions are not written yet.
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
  def format_reason(reason), do: "unknown POSIX error: #{reason}"

  def read(path), do: :vial.file_read(IO.chardata_to_string(path))

  def read!(path) do
    case read(path) do
      {:ok, binary} -> binary
      {:error, reason} -> raise File.Error, reason: reason, action: "read file", path: IO.chardata_to_string(path)
    end
  end

  def write(path, content, modes \\ []) do
    :vial.file_write(IO.chardata_to_string(path), content, :append in modes)
  end

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
end
