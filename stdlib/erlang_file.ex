# :file, the part Elixir code calls: open/2 (an IO server process,
# :file_io_server), close/1, read/2, read_line/1, write/2, position/2,
# read_file/1, write_file/2,3 and format_error/1, with OTP 25's results.
# A :raw mode is accepted and ignored: the file is still a process.
defmodule :file do
  def open(filename, modes) when is_list(modes) do
    case name(filename) do
      {:ok, path} -> :file_io_server.start(path, modes)
      :error -> {:error, :badarg}
    end
  end

  def close(pid) when is_pid(pid), do: file_request(pid, :close)
  def close(_), do: {:error, :badarg}

  def position(pid, at) when is_pid(pid), do: file_request(pid, {:position, at})
  def position(_, _), do: {:error, :badarg}

  def read(device, count) when is_integer(count) and count >= 0 do
    case IO.request(device, {:get_chars, :latin1, "", count}) do
      data when is_binary(data) or is_list(data) -> {:ok, data}
      other -> other
    end
  end

  def read_line(device) do
    case IO.request(device, {:get_line, :latin1, ""}) do
      data when is_binary(data) or is_list(data) -> {:ok, data}
      other -> other
    end
  end

  def write(device, bytes) do
    case IO.binwrite(device, bytes) do
      {:error, _} = error -> error
      _ -> :ok
    end
  end

  def read_file(filename) do
    case name(filename) do
      {:ok, path} -> :vial.file_read(path)
      :error -> {:error, :badarg}
    end
  end

  def write_file(filename, bytes), do: write_file(filename, bytes, [])

  def write_file(filename, bytes, modes) when is_list(modes) do
    with {:ok, path} <- name(filename),
         {:ok, bytes} <- bytes(bytes) do
      if Enum.any?(modes, &(&1 == :exclusive or match?({:encoding, _}, &1) or &1 == :utf8)) do
        with {:ok, pid} <- :file_io_server.start(path, [:write | modes]) do
          result = IO.binwrite(pid, bytes)
          close(pid)
          result
        end
      else
        :vial.file_write(path, bytes, :append in modes)
      end
    else
      _ -> {:error, :badarg}
    end
  end

  def format_error(reason) when is_atom(reason), do: String.to_charlist(File.format_reason(reason))
  def format_error(reason), do: String.to_charlist(inspect(reason))

  defp bytes(data) do
    try do
      {:ok, :erlang.iolist_to_binary(data)}
    rescue
      ArgumentError -> :error
    end
  end

  defp name(filename) when is_binary(filename), do: {:ok, filename}
  defp name(filename) when is_atom(filename), do: {:ok, Atom.to_string(filename)}

  defp name(filename) when is_list(filename) do
    try do
      {:ok, IO.chardata_to_string(filename)}
    rescue
      _ -> :error
    end
  end

  defp name(_), do: :error

  defp file_request(pid, request) do
    ref = Process.monitor(pid)
    send(pid, {:file_request, self(), ref, request})

    receive do
      {:file_reply, ^ref, reply} ->
        Process.demonitor(ref, [:flush])
        reply

      {:DOWN, ^ref, _, _, {:shutdown, {:file_reply, ^ref, reply}}} ->
        reply

      {:DOWN, ^ref, _, _, _} ->
        # Closing a file that is already closed is :ok, as in OTP.
        if request == :close, do: :ok, else: {:error, :terminated}
    end
  end
end
