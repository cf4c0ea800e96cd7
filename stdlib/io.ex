# IO's printing functions, as Elixir 1.14 writes them (lib/elixir/lib/io.ex):
# anything but a binary or a list goes through String.Chars, and the
# chardata reaches :vial.put_chars/2 (runtime/builtins/io.cpp), Vial's
# :io.put_chars/2. IO.inspect asks the native printer first
# (:vial.inspect/3) and runs the Inspect protocol in Elixir only when a
# struct in the term has an Elixir implementation (docs/inspect.md).
# Output for a process whose group leader is not the standard one (and for a
# pid device, or :stderr while a process is registered as :standard_error)
# goes to that IO server as an Erlang io request: :vial.put_chars/2 answers
# {:io, pid} instead of writing (docs/exunit.md, "Group leaders").
defmodule IO do
  def puts(item), do: put(:stdio, [to_chardata(item), ?\n])
  def puts(device, item), do: put(device, [to_chardata(item), ?\n])

  def write(chardata), do: put(:stdio, to_chardata(chardata))
  def write(device, chardata), do: put(device, to_chardata(chardata))

  def inspect(item, opts \\ []), do: inspect(:stdio, item, opts)

  def inspect(device, item, opts) when is_list(opts) do
    label =
      case opts[:label] do
        nil -> []
        false -> []
        label -> [to_chardata(label), ": "]
      end

    chardata =
      case :vial.inspect(item, opts, true) do
        :elixir ->
          opts = Inspect.Opts.new(opts)
          doc = Inspect.Algebra.group(Inspect.Algebra.to_doc(item, opts))
          :vial.format_doc(doc, opts.width, true)

        text ->
          text
      end

    put(device, [label, chardata, ?\n])
    item
  end

  # Writing characters (:io.put_chars/2): the standard streams directly,
  # any other device through an io request. A failed request raises as
  # :io.put_chars does.
  defp put(device, chardata) do
    case :vial.put_chars(device(device) || no_device(), chardata) do
      :ok -> :ok
      {:io, pid} -> put_result(io_request(pid, {:put_chars, :unicode, chardata}))
    end
  end

  defp put_result(:ok), do: :ok
  defp put_result({:error, reason}), do: put_error(reason)
  defp put_result(other), do: other

  defp put_error(:terminated), do: :erlang.error(:terminated)
  defp put_error({:no_translation, _, _}), do: :erlang.error(:no_translation)
  defp put_error(:ebadf), do: raise(ArgumentError, "errors were found at the given arguments:\n\n  * 1st argument: bad file number (ebadf)\n")
  defp put_error(_), do: :erlang.error(:badarg)

  # The name of a registered IO server, for devices given as other atoms.
  defp device(device) when device in [:stdio, :stderr, :standard_io, :standard_error], do: device
  defp device(pid) when is_pid(pid), do: pid

  # nil for a name nothing is registered under: writing raises, reading
  # answers {:error, :arguments}, as :io does.
  defp device(name) when is_atom(name), do: Process.whereis(name)
  defp device(other), do: other

  defp no_device,
    do: raise(ArgumentError, "errors were found at the given arguments:\n\n  * 1st argument: the device does not exist\n")

  @doc false
  # One io request to an IO server (the Erlang I/O protocol), and its reply.
  def io_request(pid, request) do
    ref = Process.monitor(pid)
    send(pid, {:io_request, self(), ref, request})

    receive do
      {:io_reply, ^ref, reply} ->
        Process.demonitor(ref, [:flush])
        reply

      # A file's IO server answers its last request as it stops
      # (stdlib/file_io_server.ex).
      {:DOWN, ^ref, _, _, {:shutdown, {:io_reply, ^ref, reply}}} ->
        reply

      {:DOWN, ^ref, _, _, _} ->
        {:error, :terminated}
    end
  end

  @doc false
  # The standard group leader (:erlang.group_leader/0 in a process that has
  # not been given another): an IO server that writes to the standard
  # streams and reads standard input.
  def __standard_io__ do
    receive do
      {:io_request, from, reply_as, request} ->
        send(from, {:io_reply, reply_as, standard_request(request)})
        __standard_io__()

      _ ->
        __standard_io__()
    end
  end

  defp standard_request({:put_chars, _encoding, chars}), do: :vial.put_chars(:stdio, chars)
  defp standard_request({:put_chars, chars}), do: :vial.put_chars(:stdio, chars)
  defp standard_request({:put_chars, _encoding, m, f, a}), do: :vial.put_chars(:stdio, apply(m, f, a))

  defp standard_request({:get_line, _encoding, prompt}) do
    :vial.put_chars(:stdio, prompt)
    :vial.read_line()
  end

  defp standard_request({:get_line, prompt}), do: standard_request({:get_line, :unicode, prompt})
  defp standard_request({:requests, list}), do: Enum.reduce(list, :ok, fn r, _ -> standard_request(r) end)
  defp standard_request(_), do: {:error, :request}

  def iodata_to_binary(iodata), do: :erlang.iolist_to_binary(iodata)

  def chardata_to_string(string) when is_binary(string), do: string
  def chardata_to_string(list) when is_list(list), do: List.to_string(list)

  defp to_chardata(binary) when is_binary(binary), do: binary
  defp to_chardata(list) when is_list(list), do: list
  # String.Chars' own impls for these types, without the dispatch.
  defp to_chardata(other) when is_atom(other) or is_number(other), do: :vial.builtin_to_string(other)
  defp to_chardata(other), do: String.Chars.to_string(other)

  def iodata_length(iodata), do: :erlang.iolist_size(iodata)

  # binwrite/2 is :file.write/2: iodata as latin1 characters. The standard
  # output is a unicode device, so bytes above 127 come out as two UTF-8
  # bytes each, as on the BEAM; a failed request is returned, not raised.
  def binwrite(iodata), do: binwrite(:stdio, iodata)

  def binwrite(device, iodata) when is_list(iodata) or is_binary(iodata) do
    case target(device) do
      nil ->
        {:error, :arguments}

      :native ->
        bytes = :erlang.iolist_to_binary(iodata)
        :vial.put_chars(device, :unicode.characters_to_binary(bytes, :latin1, :unicode))

      pid ->
        io_request(pid, {:put_chars, :latin1, iodata})
    end
  end

  # IO.warn/1,2: the message on stderr, as Elixir prints it (without the
  # stack trace lines).
  def warn(message, _stacktrace_info \\ []) do
    put(:stderr, ["warning: ", to_chardata(message), ?\n])
    :ok
  end

  # Reading: standard input (a unicode device, as Elixir sets it up) here,
  # any other device through io requests, as :io.get_line/get_chars and
  # :file.read/read_line send them.
  def gets(prompt), do: gets(:stdio, prompt)
  def gets(device, prompt), do: request(device, {:get_line, :unicode, to_chardata(prompt)})

  def read(device \\ :stdio, line_or_chars)

  def read(device, :all) do
    case read(device, :eof) do
      :eof -> if binary_device?(device), do: "", else: []
      other -> other
    end
  end

  def read(device, :eof), do: getn(device, "", :eof)
  def read(device, :line), do: request(device, {:get_line, :unicode, ""})
  def read(device, count) when is_integer(count) and count >= 0, do: request(device, {:get_chars, :unicode, "", count})

  def binread(device \\ :stdio, line_or_bytes)

  def binread(device, :all) do
    case binread(device, :eof) do
      :eof -> ""
      other -> other
    end
  end

  def binread(device, :eof), do: binread_eof(device, "")
  def binread(device, :line), do: request(device, {:get_line, :latin1, ""})
  def binread(device, count) when is_integer(count) and count >= 0, do: request(device, {:get_chars, :latin1, "", count})

  defp binread_eof(device, acc) do
    case request(device, {:get_chars, :latin1, "", 4096}) do
      data when is_binary(data) -> binread_eof(device, acc <> data)
      data when is_list(data) -> binread_eof(device, acc <> :erlang.list_to_binary(data))
      :eof -> if acc == "", do: :eof, else: acc
      other -> other
    end
  end

  def getn(prompt), do: getn(:stdio, prompt, 1)
  def getn(prompt, count) when is_integer(count) or count == :eof, do: getn(:stdio, prompt, count)
  def getn(device, prompt), do: getn(device, prompt, 1)

  def getn(device, prompt, :eof), do: getn_eof(device, to_chardata(prompt), [])

  def getn(device, prompt, count) when is_integer(count) and count > 0,
    do: request(device, {:get_chars, :unicode, to_chardata(prompt), count})

  defp getn_eof(device, prompt, acc) do
    case request(device, {:get_line, :unicode, prompt}) do
      line when is_binary(line) or is_list(line) -> getn_eof(device, "", [line | acc])
      :eof -> joined(:lists.reverse(acc))
      other -> other
    end
  end

  defp joined([]), do: :eof
  defp joined([h | _] = lines) when is_binary(h), do: :erlang.iolist_to_binary(lines)
  defp joined(lines), do: :lists.flatten(lines)

  defp binary_device?(device) do
    case target(device) do
      nil -> true
      :native -> true
      pid ->
        case io_request(pid, :getopts) do
          [_ | _] = opts -> Keyword.get(opts, :binary, true)
          _ -> true
        end
    end
  end

  # :native for the standard streams, the IO server's pid, or nil.
  defp target(device) do
    case device(device) do
      nil -> nil
      found -> :vial.io_target(found)
    end
  end

  @doc false
  # One io request to `device`, answered here for standard input.
  def request(device, request) do
    case target(device) do
      nil -> {:error, :arguments}
      :native -> native_request(request)
      pid -> io_request(pid, request)
    end
  end

  defp native_request({:get_line, encoding, prompt}) do
    :vial.put_chars(:stdio, prompt)
    native_encoding(crlf_to_lf(:vial.read_line()), encoding, :collect_line)
  end

  # A line read ends in "\n" where the input has "\r\n", as with OTP.
  defp crlf_to_lf(line) when byte_size(line) >= 2 do
    size = byte_size(line) - 2

    case line do
      <<text::binary-size(size), "\r\n">> -> text <> "\n"
      _ -> line
    end
  end

  defp crlf_to_lf(line), do: line

  defp native_request({:get_chars, encoding, prompt, count}) do
    :vial.put_chars(:stdio, prompt)
    native_encoding(:vial.read_chars(count), encoding, :collect_chars)
  end

  defp native_encoding(data, :latin1, error) when is_binary(data) do
    case :unicode.characters_to_binary(data, :unicode, :latin1) do
      bin when is_binary(bin) -> bin
      _ -> {:error, error}
    end
  end

  defp native_encoding(data, _encoding, _error), do: data

  # IO.stream/2 and IO.binstream/2 (IO.Stream, stdlib/io_stream.ex).
  def stream, do: stream(:stdio, :line)

  def stream(device \\ :stdio, line_or_codepoints)
      when line_or_codepoints == :line
      when is_integer(line_or_codepoints) and line_or_codepoints > 0,
      do: IO.Stream.__build__(map_dev(device), false, line_or_codepoints)

  def binstream, do: binstream(:stdio, :line)

  def binstream(device \\ :stdio, line_or_bytes)
      when line_or_bytes == :line
      when is_integer(line_or_bytes) and line_or_bytes > 0,
      do: IO.Stream.__build__(map_dev(device), true, line_or_bytes)

  defp map_dev(:stdio), do: :standard_io
  defp map_dev(:stderr), do: :standard_error
  defp map_dev(other), do: other

  @doc false
  def each_stream(device, line_or_codepoints) do
    case read(device, line_or_codepoints) do
      :eof -> {:halt, device}
      {:error, reason} -> raise IO.StreamError, reason: reason
      data -> {[data], device}
    end
  end

  @doc false
  def each_binstream(device, line_or_bytes) do
    case binread(device, line_or_bytes) do
      :eof -> {:halt, device}
      {:error, reason} -> raise IO.StreamError, reason: reason
      data -> {[data], device}
    end
  end
end
