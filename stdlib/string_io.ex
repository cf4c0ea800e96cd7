# StringIO, after Elixir 1.14's lib/elixir/lib/string_io.ex: an IO server
# (a process answering Erlang io requests) that reads from a string and
# collects what is written. Elixir's is a GenServer; this one is a plain
# receive loop with the same replies (docs/exunit.md).
defmodule StringIO do
  def open(string, options \\ [])

  def open(string, options) when is_binary(string) and is_list(options) do
    caller = self()
    prompt = Keyword.get(options, :capture_prompt, false)
    encoding = Keyword.get(options, :encoding, :unicode)
    pid = spawn(fn -> loop(%{input: string, output: "", capture_prompt: prompt, encoding: encoding, owner: caller}) end)
    {:ok, pid}
  end

  def open(string, fun) when is_binary(string) and is_function(fun, 1), do: open(string, [], fun)

  def open(string, options, fun) when is_binary(string) and is_list(options) and is_function(fun, 1) do
    {:ok, pid} = open(string, options)

    try do
      {:ok, fun.(pid)}
    after
      {:ok, _} = close(pid)
    end
  end

  def contents(pid) when is_pid(pid), do: call(pid, :contents)
  def flush(pid) when is_pid(pid), do: call(pid, :flush)
  def close(pid) when is_pid(pid), do: call(pid, :close)

  defp call(pid, request) do
    ref = Process.monitor(pid)
    send(pid, {:string_io_call, self(), ref, request})

    receive do
      {^ref, reply} ->
        Process.demonitor(ref, [:flush])
        reply

      {:DOWN, ^ref, _, _, reason} ->
        exit({reason, {StringIO, request, [pid]}})
    end
  end

  defp loop(state) do
    receive do
      {:io_request, from, reply_as, request} ->
        {reply, state} = io_request(request, state)
        send(from, {:io_reply, reply_as, reply})
        loop(state)

      {:string_io_call, from, ref, :contents} ->
        send(from, {ref, {state.input, state.output}})
        loop(state)

      {:string_io_call, from, ref, :flush} ->
        send(from, {ref, state.output})
        loop(%{state | output: ""})

      {:string_io_call, from, ref, :close} ->
        send(from, {ref, {:ok, {state.input, state.output}}})

      _ ->
        loop(state)
    end
  end

  defp io_request({:put_chars, chars}, state), do: put_chars(:latin1, chars, state)
  defp io_request({:put_chars, encoding, chars}, state), do: put_chars(encoding, chars, state)

  defp io_request({:put_chars, encoding, mod, fun, args}, state) do
    put_chars(encoding, apply(mod, fun, args), state)
  end

  defp io_request({:get_chars, prompt, count}, state), do: get_chars(:latin1, prompt, count, state)
  defp io_request({:get_chars, encoding, prompt, count}, state), do: get_chars(encoding, prompt, count, state)
  defp io_request({:get_line, prompt}, state), do: get_line(:latin1, prompt, state)
  defp io_request({:get_line, encoding, prompt}, state), do: get_line(encoding, prompt, state)

  defp io_request({:get_until, encoding, prompt, mod, fun, args}, state) do
    state = put_prompt(prompt, state)
    get_until(encoding, mod, fun, args, state)
  end

  defp io_request({:setopts, _opts}, state), do: {:ok, state}
  defp io_request(:getopts, state), do: {[binary: true, encoding: state.encoding], state}
  defp io_request({:get_geometry, :columns}, state), do: {{:error, :enotsup}, state}
  defp io_request({:get_geometry, :rows}, state), do: {{:error, :enotsup}, state}

  defp io_request({:requests, requests}, state) do
    Enum.reduce_while(requests, {:ok, state}, fn request, {_, state} ->
      case io_request(request, state) do
        {{:error, _}, _} = error -> {:halt, error}
        other -> {:cont, other}
      end
    end)
  end

  defp io_request(_, state), do: {{:error, :request}, state}

  # Characters arrive in the request's encoding and are kept in the
  # device's (a latin1 request to a unicode StringIO: each byte is a
  # character), as Elixir's StringIO converts them.
  defp put_chars(encoding, chars, state) do
    case convert(chars, encoding, state.encoding) do
      {:ok, string} -> {:ok, %{state | output: state.output <> string}}
      :error -> {{:error, :put_chars}, state}
    end
  end

  defp convert(chars, same, same), do: chardata(chars)

  defp convert(chars, from, to) do
    try do
      :unicode.characters_to_binary(chars, from, to)
    rescue
      _ -> :error
    else
      bin when is_binary(bin) -> {:ok, bin}
      _ -> :error
    end
  end

  defp chardata(chars) when is_binary(chars), do: {:ok, chars}

  defp chardata(chars) do
    try do
      {:ok, IO.chardata_to_string(chars)}
    rescue
      _ -> :error
    end
  end

  defp put_prompt(prompt, %{capture_prompt: true} = state) do
    case chardata(prompt) do
      {:ok, p} -> %{state | output: state.output <> p}
      :error -> state
    end
  end

  defp put_prompt(_prompt, state), do: state

  defp get_chars(_encoding, prompt, count, state) do
    state = put_prompt(prompt, state)

    case state.input do
      "" ->
        {:eof, state}

      input when count == :all ->
        {input, %{state | input: ""}}

      input ->
        {chunk, rest} = String.split_at(input, count)
        {chunk, %{state | input: rest}}
    end
  end

  defp get_line(_encoding, prompt, state) do
    state = put_prompt(prompt, state)

    case state.input do
      "" ->
        {:eof, state}

      input ->
        case :binary.split(input, "\n") do
          [line, rest] -> {line <> "\n", %{state | input: rest}}
          [line] -> {line, %{state | input: ""}}
        end
    end
  end

  defp get_until(_encoding, _mod, _fun, _args, %{input: ""} = state), do: {:eof, state}

  defp get_until(encoding, _mod, _fun, _args, state), do: get_line(encoding, "", state)
end
