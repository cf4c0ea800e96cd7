# IO.Stream (IO.stream/2, IO.binstream/2): Enumerable reads lines or counts
# from the device while enumerated (Stream.resource over IO.each_stream/2 or
# IO.each_binstream/2); Collectable writes each item (IO.write/IO.binwrite).
# As in Elixir 1.14's lib/elixir/lib/io/stream.ex.
defmodule IO.StreamError do
  defexception [:reason, :message]

  def exception(opts) do
    reason = opts[:reason]
    %IO.StreamError{message: "error during streaming: #{:file.format_error(reason)}", reason: reason}
  end
end

defmodule IO.Stream do
  defstruct device: nil, raw: true, line_or_bytes: :line

  @doc false
  def __build__(device, raw, line_or_bytes), do: %IO.Stream{device: device, raw: raw, line_or_bytes: line_or_bytes}

  defimpl Collectable do
    def into(%{device: device, raw: raw} = stream) do
      {:ok,
       fn
         :ok, {:cont, x} -> if raw, do: IO.binwrite(device, x), else: IO.write(device, x)
         :ok, _ -> stream
       end}
    end
  end

  defimpl Enumerable do
    def reduce(%{device: device, raw: raw, line_or_bytes: line_or_bytes}, acc, fun) do
      next =
        if raw,
          do: &IO.each_binstream(&1, line_or_bytes),
          else: &IO.each_stream(&1, line_or_bytes)

      Stream.resource(fn -> device end, next, & &1).(acc, fun)
    end

    def count(_stream), do: {:error, __MODULE__}
    def member?(_stream, _term), do: {:error, __MODULE__}
    def slice(_stream), do: {:error, __MODULE__}
  end
end
