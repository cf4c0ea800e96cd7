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

  defp put(device, chardata) do
    case :vial.put_chars(device, chardata) do
      :ok -> :ok
      {:io, pid} -> put_result(io_request(pid, {:put_chars, :unicode, chardata}))
    end
  end

  defp put_result(:ok), do: :ok
  defp put_result({:error, reason}), do: raise(ArgumentError, "error writing to IO device: " <> Kernel.inspect(reason))
  defp put_result(other), do: other

  @doc false
  # One io request to an IO server (the Erlang I/O protocol), and its reply.
  def io_request(pid, request) do
    ref = Process.monitor(pid)
    send(pid, {:io_request, self(), ref, request})

    receive do
      {:io_reply, ^ref, reply} ->
        Process.demonitor(ref, [:flush])
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
  def binwrite(iodata), do: put(:stdio, iodata)
  def binwrite(device, iodata), do: put(device, iodata)

  # IO.warn/1,2: the message on stderr, as Elixir prints it (without the
  # stack trace lines).
  def warn(message, _stacktrace_info \\ []) do
    put(:stderr, ["warning: ", to_chardata(message), ?\n])
    :ok
  end

  # Reading: standard input, or the IO server of the device.
  def gets(prompt), do: gets(:stdio, prompt)

  def gets(device, prompt) do
    case :vial.io_target(device) do
      :native ->
        :vial.put_chars(:stdio, to_chardata(prompt))
        :vial.read_line()

      pid ->
        io_request(pid, {:get_line, :unicode, to_chardata(prompt)})
    end
  end

  def read(:line), do: read(:stdio, :line)
  def read(:eof), do: read(:stdio, :eof)
  def read(:all), do: read(:stdio, :all)
  def read(count) when is_integer(count), do: read(:stdio, count)

  def read(device, what) do
    case :vial.io_target(device) do
      :native -> read_native(what)
      pid -> read_server(pid, what)
    end
  end

  defp read_native(:line), do: :vial.read_line()

  defp read_native(:eof) do
    case :vial.read_all() do
      "" -> :eof
      data -> data
    end
  end

  defp read_native(:all), do: :vial.read_all()

  defp read_server(pid, :line), do: io_request(pid, {:get_line, :unicode, ""})
  defp read_server(pid, :eof) do
    case io_request(pid, {:get_chars, :unicode, "", :all}) do
      "" -> :eof
      data -> data
    end
  end

  defp read_server(pid, :all) do
    case io_request(pid, {:get_chars, :unicode, "", :all}) do
      :eof -> ""
      data -> data
    end
  end

  defp read_server(pid, count) when is_integer(count), do: io_request(pid, {:get_chars, :unicode, "", count})
end
