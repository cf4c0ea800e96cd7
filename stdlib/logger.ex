# Logger basics (docs/otp.md): the level macros (lazy when given a function),
# Logger.log/bare_log, the level (Logger.configure(level: ...), level/0,
# compare_levels/2, enable/disable per process) and Elixir 1.14's default
# console format, "\n$time $metadata[$level] $message\n", with the time
# in UTC (Elixir prints local time; the same where TZ is UTC). Vial writes it on standard error, where its crash reports go
# (Elixir's console writes on standard output, asynchronously; the
# conformance recorder sends it to standard error too). Metadata is accepted
# and not printed; there are no backends or translators. ExUnit.CaptureLog
# registers StringIO devices that take the place of the console meanwhile.
defmodule Logger do
  @levels [:emergency, :alert, :critical, :error, :warning, :notice, :info, :debug]
  @config :"$vial_logger_config"

  @doc false
  def levels, do: @levels

  defp severity(:emergency), do: 0
  defp severity(:alert), do: 1
  defp severity(:critical), do: 2
  defp severity(:error), do: 3
  defp severity(:warning), do: 4
  defp severity(:warn), do: 4
  defp severity(:notice), do: 5
  defp severity(:info), do: 6
  defp severity(:debug), do: 7
  defp severity(:all), do: 8
  defp severity(:none), do: -1

  def compare_levels(level, level), do: :eq

  def compare_levels(left, right) do
    if severity(left) < severity(right), do: :gt, else: if(severity(left) == severity(right), do: :eq, else: :lt)
  end

  # --- configuration: a small registered process holds it --------------------

  defp config_pid do
    case Process.whereis(@config) do
      nil ->
        pid = :erlang.spawn(fn -> config_loop(%{level: :debug}) end)

        try do
          Process.register(pid, @config)
          pid
        rescue
          ArgumentError ->
            Process.exit(pid, :kill)
            Process.whereis(@config)
        end

      pid ->
        pid
    end
  end

  defp config_loop(config) do
    receive do
      {:get, from, ref} ->
        send(from, {ref, config})
        config_loop(config)

      {:put, from, ref, new} ->
        send(from, {ref, :ok})
        config_loop(Map.merge(config, new))

      # ExUnit.CaptureLog's devices: while any is there, messages go to them
      # instead of the console.
      {:capture, from, ref, device, level} ->
        send(from, {ref, :ok})
        config_loop(Map.update(config, :captures, [{device, level}], &[{device, level} | &1]))

      {:uncapture, from, ref, device} ->
        send(from, {ref, :ok})
        config_loop(Map.update(config, :captures, [], &List.keydelete(&1, device, 0)))
    end
  end

  defp get_config do
    case Process.whereis(@config) do
      nil ->
        %{level: :debug}

      pid ->
        ref = make_ref()
        send(pid, {:get, self(), ref})

        receive do
          {^ref, config} -> config
        after
          5000 -> %{level: :debug}
        end
    end
  end

  def level, do: get_config().level

  def configure(options) do
    new =
      Enum.reduce(options, %{}, fn
        {:level, level}, acc ->
          level = if level == :warn, do: :warning, else: level
          # Elixir 1.14 ignores a level it does not know
          if level in @levels or level in [:all, :none], do: Map.put(acc, :level, level), else: acc

        {key, value}, acc ->
          Map.put(acc, key, value)
      end)

    ref = make_ref()
    send(config_pid(), {:put, self(), ref, new})

    receive do
      {^ref, :ok} -> :ok
    end
  end

  def enable(pid) when pid == self() do
    Process.delete(:"$vial_logger_disabled")
    :ok
  end

  def disable(pid) when pid == self() do
    Process.put(:"$vial_logger_disabled", true)
    :ok
  end

  def enabled?(pid) when pid == self(), do: Process.get(:"$vial_logger_disabled") != true

  def put_process_level(pid, level) when pid == self() do
    Process.put(:"$vial_logger_level", level)
    :ok
  end

  def get_process_level(pid) when pid == self(), do: Process.get(:"$vial_logger_level")

  def delete_process_level(pid) when pid == self() do
    Process.delete(:"$vial_logger_level")
    :ok
  end

  def metadata(keyword) do
    Process.put(:"$vial_logger_metadata", Keyword.merge(metadata(), keyword))
    :ok
  end

  def metadata, do: Process.get(:"$vial_logger_metadata", [])

  def reset_metadata(keyword \\ []) do
    Process.put(:"$vial_logger_metadata", keyword)
    :ok
  end

  def flush, do: :ok

  # As Elixir 1.14's: only the global level decides whether the message
  # (or its function) is evaluated; a disabled process or a process level
  # filters at printing.
  @doc false
  def __should_log__(level, _module) do
    level = if level == :warn, do: :warning, else: level
    if severity(level) <= severity(level()), do: level, else: nil
  end

  @doc false
  def __do_log__(level, fun, _location, _metadata) when is_function(fun, 0) do
    case fun.() do
      :skip -> :ok
      {message, _metadata} -> __print__(level, message)
      message -> __print__(level, message)
    end
  end

  def __do_log__(level, message, _location, _metadata), do: __print__(level, message)

  def bare_log(level, message_or_fun, metadata \\ []) do
    case __should_log__(level, nil) do
      nil -> :ok
      level -> __do_log__(level, message_or_fun, %{}, metadata)
    end
  end

  # Reports printed by the OTP modules (GenServer's "terminating", ...).
  @doc false
  def __report__(level, message) do
    case __should_log__(level, nil) do
      nil -> :ok
      level -> __print__(level, message)
    end
  end

  @doc false
  def __print__(level, message) do
    process_level = Process.get(:"$vial_logger_level")

    cond do
      Process.get(:"$vial_logger_disabled") == true ->
        :ok

      process_level != nil and severity(level) > severity(process_level) ->
        :ok

      true ->
        text = IO.chardata_to_string(message)
        line = ["\n", timestamp(), " [", Atom.to_string(level), "] ", text, "\n"]

        case captures() do
          [] ->
            IO.write(:stderr, line)

          devices ->
            for {device, min} <- devices, severity(level) <= severity(min), do: IO.write(device, line)
        end

        :ok
    end
  end

  defp captures do
    case Process.whereis(@config) do
      nil -> []
      _ -> Map.get(get_config(), :captures, [])
    end
  end

  @doc false
  def __capture__(device, level) do
    level = if level == :warn, do: :warning, else: level
    ref = make_ref()
    send(config_pid(), {:capture, self(), ref, device, level})

    receive do
      {^ref, :ok} -> :ok
    end
  end

  @doc false
  def __uncapture__(device) do
    ref = make_ref()
    send(config_pid(), {:uncapture, self(), ref, device})

    receive do
      {^ref, :ok} -> :ok
    end
  end

  defp timestamp do
    ms = :os.system_time(:millisecond)
    seconds = div(ms, 1000)
    day = rem(seconds, 86400)
    day = if day < 0, do: day + 86400, else: day
    pad2(div(day, 3600)) <> ":" <> pad2(div(rem(day, 3600), 60)) <> ":" <> pad2(rem(day, 60)) <> "." <> pad3(rem(ms, 1000))
  end

  defp pad2(n) when n < 10, do: "0" <> Integer.to_string(n)
  defp pad2(n), do: Integer.to_string(n)
  defp pad3(n) when n < 10, do: "00" <> Integer.to_string(n)
  defp pad3(n) when n < 100, do: "0" <> Integer.to_string(n)
  defp pad3(n), do: Integer.to_string(n)

  for level <- [:emergency, :alert, :critical, :error, :warning, :notice, :info, :debug] do
    defmacro unquote(level)(message_or_fun, metadata \\ []) do
      Logger.__macro_log__(unquote(level), message_or_fun, metadata)
    end
  end

  defmacro warn(message_or_fun, metadata \\ []) do
    Logger.__macro_log__(:warning, message_or_fun, metadata)
  end

  defmacro log(level, message_or_fun, metadata \\ []) do
    Logger.__macro_log__(level, message_or_fun, metadata)
  end

  @doc false
  def __macro_log__(level, data, metadata) do
    quote do
      case Logger.__should_log__(unquote(level), __MODULE__) do
        nil -> :ok
        level -> Logger.__do_log__(level, unquote(data), %{}, unquote(metadata))
      end
    end
  end
end
