# Task.Supervised: the processes Task and Task.Supervisor start (docs/otp.md)
# and async_stream's stream. A task's function that raises prints Elixir's
# "Task ... started from ... terminating" report and the task exits with
# {exception, stacktrace} (no second, runtime report).
defmodule Task.Supervised do
  @moduledoc false

  def start(owner, callers, fun) do
    {:ok, :proc_lib.spawn(fn -> run(owner, callers, fun) end)}
  end

  def start_link(owner, callers, fun) do
    {:ok, :proc_lib.spawn_link(fn -> run(owner, callers, fun) end)}
  end

  # A task that waits for its work: {owner, ref, reply_to, callers, mfa}.
  def start_link(owner, monitor) do
    {:ok, :proc_lib.spawn_link(fn -> reply(owner, monitor) end)}
  end

  def start(owner, monitor) do
    {:ok, :proc_lib.spawn(fn -> reply(owner, monitor) end)}
  end

  defp run(owner, callers, mfa) do
    put_callers(callers)
    invoke_mfa(owner, mfa)
  end

  defp reply(owner, monitor) do
    {_, _, owner_pid} = owner

    mref =
      case monitor do
        :monitor -> Process.monitor(owner_pid)
        :nomonitor -> nil
      end

    receive do
      {^owner_pid, ref, reply_to, callers, mfa} ->
        put_callers(callers)
        if mref, do: Process.demonitor(mref, [:flush])
        send(reply_to, {ref, invoke_mfa(owner, mfa)})

      {:DOWN, ^mref, _, _, reason} when mref != nil ->
        exit({:shutdown, reason})
    end
  end

  defp put_callers(callers), do: Process.put(:"$callers", callers)

  @doc false
  def invoke_mfa(owner, {module, fun, args} = mfa) do
    try do
      case mfa do
        {:erlang, :apply, [f, a]} when is_function(f) -> apply(f, a)
        _ -> apply(module, fun, args)
      end
    catch
      :exit, value
      when value == :normal
      when value == :shutdown
      when tuple_size(value) == 2 and elem(value, 0) == :shutdown ->
        exit(value)

      kind, value ->
        stack = __STACKTRACE__
        reason = exit_reason(kind, value, stack)
        report(owner, mfa, reason)
        exit(reason)
    end
  end

  defp exit_reason(:error, reason, stack), do: {reason, stack}
  defp exit_reason(:exit, reason, _stack), do: reason
  defp exit_reason(:throw, reason, stack), do: {{:nocatch, reason}, stack}

  defp report({_node, name, _pid}, mfa, reason) do
    {fun, args} =
      case mfa do
        {:erlang, :apply, [fun, args]} when is_function(fun) -> {fun, args}
        {mod, fun, args} -> {Function.capture(mod, fun, length(args)), args}
      end

    Logger.__report__(
      :error,
      "Task #{inspect(self())} started from #{inspect(name)} terminating\n" <>
        :gen_server.format_reason(reason) <>
        "\nFunction: #{inspect(fun)}\n    Args: #{inspect(args)}"
    )
  end

  # --- async_stream ----------------------------------------------------------

  # A lazy stream: at most max_concurrency tasks run at a time; results come
  # in input order (ordered: true) or as they finish. Each task gets
  # `timeout` ms from its start; on_timeout :exit exits the caller with
  # {:timeout, {Task.Supervised, :stream, [timeout]}}, :kill_task kills the
  # task and gives {:exit, :timeout}.
  @doc false
  def stream(enumerable, fun, options, spawn) do
    max = Keyword.get(options, :max_concurrency, System.schedulers_online())
    ordered = Keyword.get(options, :ordered, true)
    timeout = Keyword.get(options, :timeout, 5000)
    on_timeout = Keyword.get(options, :on_timeout, :exit)
    zip = Keyword.get(options, :zip_input_on_exit, false)

    unless is_integer(max) and max > 0 do
      raise ArgumentError, ":max_concurrency must be an integer greater than zero"
    end

    unless on_timeout in [:exit, :kill_task] do
      raise ArgumentError, ":on_timeout must be either :exit or :kill_task"
    end

    config = %{max: max, ordered: ordered, timeout: timeout, on_timeout: on_timeout, zip: zip, fun: fun, spawn: spawn}

    Stream.resource(
      fn ->
        owner = Task.get_owner(self())
        callers = Task.get_callers(self())
        reducer = &Enumerable.reduce(enumerable, &1, fn x, _ -> {:suspend, x} end)
        %{input: reducer, running: %{}, done: %{}, next_in: 0, next_out: 0, owner: owner, callers: callers}
      end,
      fn state -> next(state, config) end,
      fn state -> stop_all(state) end
    )
  end

  defp next(state, config) do
    state = fill(state, config)

    cond do
      config.ordered and Map.has_key?(state.done, state.next_out) ->
        {result, done} = Map.pop(state.done, state.next_out)
        {[result], %{state | done: done, next_out: state.next_out + 1}}

      not config.ordered and map_size(state.done) > 0 ->
        [{index, result} | _] = Enum.sort(state.done)
        {[result], %{state | done: Map.delete(state.done, index)}}

      map_size(state.running) == 0 and state.input == :done ->
        {:halt, state}

      true ->
        next(wait(state, config), config)
    end
  end

  defp fill(%{input: :done} = state, _config), do: state

  defp fill(state, config) do
    if map_size(state.running) >= config.max do
      state
    else
      case state.input.({:cont, nil}) do
        {:suspended, item, cont} ->
          {:ok, pid} = config.spawn.(state.owner)
          ref = Process.monitor(pid)
          mfa = stream_mfa(config.fun, item)
          send(pid, {self(), ref, self(), state.callers, mfa})
          deadline = if config.timeout == :infinity, do: :infinity, else: System.monotonic_time(:millisecond) + config.timeout
          running = Map.put(state.running, ref, {state.next_in, pid, deadline, item})
          fill(%{state | input: cont, running: running, next_in: state.next_in + 1}, config)

        _ ->
          %{state | input: :done}
      end
    end
  end

  defp stream_mfa({m, f, a}, item), do: {m, f, [item | a]}
  defp stream_mfa(fun, item), do: {:erlang, :apply, [fun, [item]]}

  defp wait(state, config) do
    wait_ms =
      state.running
      |> Enum.map(fn {_, {_, _, deadline, _}} -> deadline end)
      |> Enum.reject(&(&1 == :infinity))
      |> case do
        [] -> :infinity
        deadlines -> max(Enum.min(deadlines) - System.monotonic_time(:millisecond), 0)
      end

    running = state.running

    receive do
      {ref, result} when is_reference(ref) and is_map_key(running, ref) ->
        Process.demonitor(ref, [:flush])
        {{index, _, _, _}, running} = Map.pop(state.running, ref)
        %{state | running: running, done: Map.put(state.done, index, {:ok, result})}

      {:DOWN, ref, _, _, reason} when is_map_key(running, ref) ->
        {{index, _, _, item}, running} = Map.pop(state.running, ref)
        reason = if config.zip, do: {item, reason}, else: reason
        %{state | running: running, done: Map.put(state.done, index, {:exit, reason})}
    after
      wait_ms ->
        now = System.monotonic_time(:millisecond)

        expired =
          Enum.filter(state.running, fn {_, {_, _, deadline, _}} -> deadline != :infinity and deadline <= now end)

        case config.on_timeout do
          :exit ->
            stop_all(state)
            exit({:timeout, {Task.Supervised, :stream, [config.timeout]}})

          :kill_task ->
            Enum.reduce(expired, state, fn {ref, {index, pid, _, item}}, state ->
              Process.unlink(pid)
              Process.exit(pid, :kill)
              Process.demonitor(ref, [:flush])

              receive do
                {^ref, _} -> :ok
              after
                0 -> :ok
              end

              reason = if config.zip, do: {item, :timeout}, else: :timeout

              %{state | running: Map.delete(state.running, ref), done: Map.put(state.done, index, {:exit, reason})}
            end)
        end
    end
  end

  defp stop_all(state) do
    Enum.each(state.running, fn {ref, {_, pid, _, _}} ->
      Process.unlink(pid)
      Process.exit(pid, :kill)
      Process.demonitor(ref, [:flush])

      receive do
        {^ref, _} -> :ok
      after
        0 -> :ok
      end
    end)

    :ok
  end
end
