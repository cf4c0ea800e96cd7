# The IO server of an open file (OTP's file_io_server, docs/io.md): one
# process per File.open/:file.open that owns the file descriptor
# (:vial.fd_* in runtime/builtins/file.cpp, on the dirty IO pool) and answers
# Erlang io requests ({:io_request, from, ref, request} -> {:io_reply, ref,
# reply}) and file requests ({:file_request, from, ref, request} ->
# {:file_reply, ref, reply}: :close, {:position, at}). It monitors the
# process that opened the file and closes the file when that one exits.
#
# The file has an encoding (:latin1, or :unicode for [:utf8] and
# {:encoding, :utf8}) and each request one: a :unicode request to a latin1
# file reads each byte as a character (and writing a character above 255 is
# {:error, :no_translation}); a :latin1 request to a unicode file reads
# characters and gives them as bytes (binread/binwrite), as in OTP.
defmodule :file_io_server do
  @chunk 65536

  @doc false
  # Opens `path` for the calling process: {:ok, pid} | {:error, reason}.
  def start(path, modes) do
    with {:ok, opts} <- parse_modes(modes, %{read: false, write: false, append: false, exclusive: false, unicode: false, binary: false}) do
      owner = self()
      access = access(opts)

      case :vial.fd_open(path, access, opts.exclusive) do
        {:ok, fd} ->
          pid =
            spawn(fn ->
              ref = Process.monitor(owner)

              loop(%{
                fd: fd,
                buf: "",
                unicode: opts.unicode,
                binary: opts.binary,
                owner: ref,
                write?: access != :read
              })
            end)

          {:ok, pid}

        error ->
          error
      end
    end
  end

  defp access(%{read: r, write: w, append: a}) do
    cond do
      a and r -> :read_append
      a -> :append
      r and w -> :read_write
      w -> :write
      true -> :read
    end
  end

  defp parse_modes([], opts), do: {:ok, opts}
  defp parse_modes([:read | rest], opts), do: parse_modes(rest, %{opts | read: true})
  defp parse_modes([:write | rest], opts), do: parse_modes(rest, %{opts | write: true})
  defp parse_modes([:append | rest], opts), do: parse_modes(rest, %{opts | append: true})
  defp parse_modes([:exclusive | rest], opts), do: parse_modes(rest, %{opts | exclusive: true, write: true})
  defp parse_modes([:binary | rest], opts), do: parse_modes(rest, %{opts | binary: true})
  defp parse_modes([:list | rest], opts), do: parse_modes(rest, %{opts | binary: false})
  defp parse_modes([:utf8 | rest], opts), do: parse_modes(rest, %{opts | unicode: true})
  defp parse_modes([{:encoding, enc} | rest], opts), do: parse_modes(rest, %{opts | unicode: enc not in [:latin1]})
  defp parse_modes([{:binary, b} | rest], opts) when is_boolean(b), do: parse_modes(rest, %{opts | binary: b})
  # Modes the server does not need (raw, delayed_write, read_ahead, sync,
  # compressed, ...) are accepted and ignored, as OTP ignores unknown ones.
  defp parse_modes([_ | rest], opts), do: parse_modes(rest, opts)

  defp loop(state) do
    receive do
      {:io_request, from, reply_as, request} ->
        case io_request(request, state) do
          {:stop, reply, state} ->
            # A failed write is answered, then the server stops, as OTP's.
            # The answer is the exit reason, so the caller (which monitors
            # the server, IO.io_request/2) has it only once the server is
            # gone.
            :vial.fd_close(state.fd)
            _ = from
            exit({:shutdown, {:io_reply, reply_as, reply}})

          {reply, state} ->
            send(from, {:io_reply, reply_as, reply})
            loop(state)
        end

      {:file_request, _from, ref, :close} ->
        # Answered by the exit reason, as a failed write is.
        :vial.fd_close(state.fd)
        exit({:shutdown, {:file_reply, ref, :ok}})

      {:file_request, from, ref, request} ->
        {reply, state} = file_request(request, state)
        send(from, {:file_reply, ref, reply})
        loop(state)

      {:DOWN, ref, :process, _, _} ->
        if ref == state.owner, do: :vial.fd_close(state.fd), else: loop(state)

      _ ->
        loop(state)
    end
  end

  defp file_request({:position, at}, state) do
    {whence, offset} =
      case at do
        n when is_integer(n) -> {:bof, n}
        {:bof, n} -> {:bof, n}
        {:cur, n} -> {:cur, n}
        {:eof, n} -> {:eof, n}
        :bof -> {:bof, 0}
        :cur -> {:cur, 0}
        :eof -> {:eof, 0}
        _ -> {:error, 0}
      end

    cond do
      whence == :error or not is_integer(offset) ->
        {{:error, :badarg}, state}

      true ->
        # The buffered bytes are not read yet, as far as the caller knows.
        offset = if whence == :cur, do: offset - byte_size(state.buf), else: offset
        {:vial.fd_seek(state.fd, whence, offset), %{state | buf: ""}}
    end
  end

  defp file_request(_, state), do: {{:error, :enotsup}, state}

  defp io_request({:put_chars, enc, chars}, state), do: put_chars(enc, chars, state)
  defp io_request({:put_chars, chars}, state), do: put_chars(:latin1, chars, state)

  defp io_request({:put_chars, enc, m, f, a}, state) do
    try do
      apply(m, f, a)
    rescue
      _ -> {{:error, :put_chars}, state}
    else
      chars -> put_chars(enc, chars, state)
    end
  end

  defp io_request({:get_line, enc, _prompt}, state), do: get_line(enc, state)
  defp io_request({:get_line, _prompt}, state), do: get_line(:latin1, state)
  defp io_request({:get_chars, enc, _prompt, n}, state), do: get_chars(enc, n, state)
  defp io_request({:get_chars, _prompt, n}, state), do: get_chars(:latin1, n, state)

  defp io_request({:setopts, opts}, state) do
    case parse_modes(opts, %{read: false, write: false, append: false, exclusive: false, unicode: state.unicode, binary: state.binary}) do
      {:ok, opts} -> {:ok, %{state | unicode: opts.unicode, binary: opts.binary}}
    end
  end

  defp io_request(:getopts, state),
    do: {[binary: state.binary, encoding: if(state.unicode, do: :unicode, else: :latin1)], state}

  defp io_request({:requests, requests}, state) do
    Enum.reduce_while(requests, {:ok, state}, fn request, {_, state} ->
      case io_request(request, state) do
        {{:error, _}, _} = error -> {:halt, error}
        other -> {:cont, other}
      end
    end)
  end

  defp io_request(_, state), do: {{:error, :request}, state}

  # Writing: the characters as the file's encoding stores them.
  defp put_chars(enc, chars, state) do
    case encode_out(enc, chars, state.unicode) do
      {:ok, bytes} ->
        state = drop_read_buffer(state)

        case :vial.fd_write(state.fd, bytes) do
          :ok -> {:ok, state}
          error -> {:stop, error, state}
        end

      error ->
        {error, state}
    end
  end

  defp encode_out(:latin1, data, false), do: iodata(data)

  defp encode_out(:latin1, data, true) do
    with {:ok, bytes} <- iodata(data), do: {:ok, :unicode.characters_to_binary(bytes, :latin1, :unicode)}
  end

  defp encode_out(_unicode, data, true) do
    case :unicode.characters_to_binary(data) do
      bin when is_binary(bin) -> {:ok, bin}
      _ -> {:error, :put_chars}
    end
  end

  defp encode_out(_unicode, data, false) do
    case :unicode.characters_to_binary(data, :unicode, :latin1) do
      bin when is_binary(bin) -> {:ok, bin}
      {:error, _, _} -> {:error, {:no_translation, :unicode, :latin1}}
      _ -> {:error, :put_chars}
    end
  end

  defp iodata(data) do
    try do
      {:ok, :erlang.iolist_to_binary(data)}
    rescue
      _ -> {:error, :put_chars}
    end
  end

  # A file opened for reading and writing: the read-ahead is given back
  # before a write so the write lands where the reader is.
  defp drop_read_buffer(%{buf: ""} = state), do: state

  defp drop_read_buffer(state) do
    :vial.fd_seek(state.fd, :cur, -byte_size(state.buf))
    %{state | buf: ""}
  end

  # A read that fails (a file opened only for writing) stops the server
  # without an answer: the reader sees {:error, :terminated}, as with OTP.
  defp fill(state) do
    case :vial.fd_read(state.fd, @chunk) do
      {:ok, data} ->
        {:ok, %{state | buf: state.buf <> data}}

      :eof ->
        {:eof, state}

      {:error, _} ->
        :vial.fd_close(state.fd)
        exit(:normal)
    end
  end

  defp get_line(enc, state) do
    case :binary.match(state.buf, "\n") do
      {pos, 1} ->
        <<line::binary-size(pos + 1), rest::binary>> = state.buf
        reply(enc, crlf_to_lf(line), %{state | buf: rest})

      :nomatch ->
        case fill(state) do
          {:ok, state} -> get_line(enc, state)
          {:eof, %{buf: ""} = state} -> {:eof, state}
          {:eof, state} -> reply(enc, state.buf, %{state | buf: ""})
        end
    end
  end

  # A line read ends in "\n" where the file has "\r\n" (io_lib:collect_line).
  defp crlf_to_lf(line) when byte_size(line) < 2, do: line

  defp crlf_to_lf(line) do
    size = byte_size(line) - 2

    case line do
      <<text::binary-size(size), "\r\n">> -> text <> "\n"
      _ -> line
    end
  end

  defp get_chars(_enc, 0, state), do: {if(state.binary, do: "", else: []), state}

  defp get_chars(enc, n, state) when is_integer(n) and n > 0 do
    case split_chars(state.buf, n, state.unicode) do
      {:ok, chunk, rest} ->
        reply(enc, chunk, %{state | buf: rest})

      :more ->
        case fill(state) do
          {:ok, state} -> get_chars(enc, n, state)
          {:eof, %{buf: ""} = state} -> {:eof, state}
          {:eof, state} -> reply(enc, state.buf, %{state | buf: ""})
        end
    end
  end

  defp get_chars(_enc, _n, state), do: {{:error, :badarg}, state}

  # n bytes of a latin1 file, n code points of a unicode one.
  defp split_chars(buf, n, false) when byte_size(buf) >= n do
    <<chunk::binary-size(n), rest::binary>> = buf
    {:ok, chunk, rest}
  end

  defp split_chars(_buf, _n, false), do: :more

  defp split_chars(buf, n, true) do
    case skip_codepoints(buf, n, 0) do
      {:ok, size} ->
        <<chunk::binary-size(size), rest::binary>> = buf
        {:ok, chunk, rest}

      :more ->
        :more
    end
  end

  defp skip_codepoints(_buf, 0, size), do: {:ok, size}

  defp skip_codepoints(buf, n, size) do
    case buf do
      <<_::binary-size(size), c::utf8, _::binary>> -> skip_codepoints(buf, n - 1, size + byte_size(<<c::utf8>>))
      <<_::binary-size(size), c, _::binary>> when c < 0xC0 -> skip_codepoints(buf, n - 1, size + 1)
      _ -> :more
    end
  end

  # The data read, in the request's encoding, as a binary or a list.
  defp reply(enc, bytes, state) do
    case decode_in(enc, bytes, state.unicode) do
      {:ok, data} -> {if(state.binary, do: data, else: to_list(enc, data)), state}
      error -> {error, state}
    end
  end

  defp decode_in(:latin1, bytes, false), do: {:ok, bytes}
  defp decode_in(_unicode, bytes, false), do: {:ok, :unicode.characters_to_binary(bytes, :latin1, :unicode)}

  defp decode_in(:latin1, bytes, true) do
    case :unicode.characters_to_binary(bytes, :unicode, :latin1) do
      bin when is_binary(bin) -> {:ok, bin}
      _ -> {:error, {:no_translation, :unicode, :latin1}}
    end
  end

  defp decode_in(_unicode, bytes, true), do: {:ok, bytes}

  defp to_list(:latin1, data), do: :erlang.binary_to_list(data)
  defp to_list(_unicode, data), do: String.to_charlist(data)
end
