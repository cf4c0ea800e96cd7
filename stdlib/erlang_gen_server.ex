# :gen_server, after OTP 25's gen_server.erl (docs/otp.md): the server loop
# that GenServer, Agent, Supervisor and Registry run. Messages keep OTP's
# shapes — `{:"$gen_call", {pid, ref}, msg}`, `{:"$gen_cast", msg}`,
# `{:system, from, req}` for :sys — so send-level code and :sys work. A
# callback's `throw` is its return value, as in OTP. When a server stops with
# a reason other than :normal, :shutdown or {:shutdown, _}, Logger's
# "GenServer ... terminating" report is printed (on stderr, as Vial's other
# crash reports) and the process exits with that reason.
defmodule :gen_server do
  # --- starting ------------------------------------------------------------

  @doc false
  def start(mod, args, opts), do: do_start(false, nil, mod, args, opts)
  def start(name, mod, args, opts), do: do_start(false, name, mod, args, opts)
  def start_link(mod, args, opts), do: do_start(true, nil, mod, args, opts)
  def start_link(name, mod, args, opts), do: do_start(true, name, mod, args, opts)

  @doc false
  def do_start(link?, name, mod, args, opts) do
    timeout = Keyword.get(opts, :timeout, :infinity)
    spawn_opts = Keyword.get(opts, :spawn_opt, [])
    starter = self()

    :proc_lib.start_fun(
      fn -> init_it(starter, link?, name, mod, args) end,
      link?,
      timeout,
      spawn_opts
    )
  end

  defp init_it(starter, link?, name, mod, args) do
    parent = if link?, do: starter, else: self()

    case register(name) do
      true ->
        Process.put(:"$initial_call", {mod, :init, 1})
        init_callback(parent, name, mod, args)

      {false, pid} ->
        :proc_lib.init_ack({:error, {:already_started, pid}})
        exit(:normal)
    end
  end

  defp register(nil), do: true
  defp register(name), do: :gen.register_name(name)

  defp init_callback(parent, name, mod, args) do
    result =
      try do
        {:ok, mod.init(args)}
      catch
        :throw, value -> {:ok, value}
        kind, reason -> {:raised, kind, reason, __STACKTRACE__}
      end

    case result do
      {:ok, {:ok, state}} ->
        :proc_lib.init_ack({:ok, self()})
        loop(parent, name, mod, state, :infinity)

      {:ok, {:ok, state, timeout}} when is_integer(timeout) or timeout == :infinity or timeout == :hibernate ->
        :proc_lib.init_ack({:ok, self()})
        loop(parent, name, mod, state, timeout)

      {:ok, {:ok, state, {:continue, _} = continue}} ->
        :proc_lib.init_ack({:ok, self()})
        loop(parent, name, mod, state, continue)

      {:ok, {:stop, reason}} ->
        :gen.unregister_name(name)
        :proc_lib.init_ack({:error, reason})
        exit(reason)

      {:ok, :ignore} ->
        :gen.unregister_name(name)
        :proc_lib.init_ack(:ignore)
        exit(:normal)

      {:ok, other} ->
        reason = {:bad_return_value, other}
        :gen.unregister_name(name)
        :proc_lib.init_ack({:error, reason})
        exit(reason)

      {:raised, kind, reason, stack} ->
        :gen.unregister_name(name)
        exit_reason = exit_reason(kind, reason, stack)
        :proc_lib.init_ack({:error, exit_reason})
        exit(exit_reason)
    end
  end

  defp exit_reason(:exit, reason, _stack), do: reason
  defp exit_reason(:error, reason, stack), do: {reason, stack}
  defp exit_reason(:throw, reason, stack), do: {{:nocatch, reason}, stack}

  # Takes over the calling process as a server (gen_server:enter_loop).
  @doc false
  def enter_loop(mod, _opts, state), do: enter_loop(mod, [], state, :infinity)

  def enter_loop(mod, _opts, state, timeout) do
    parent =
      case Process.get(:"$ancestors") do
        [p | _] when is_pid(p) -> p
        _ -> self()
      end

    loop(parent, nil, mod, state, timeout)
  end

  # --- client side ---------------------------------------------------------

  @doc false
  def call(server, request), do: call(server, request, 5000)

  def call(server, request, timeout) do
    try do
      :gen.call(server, :"$gen_call", request, timeout)
    catch
      :exit, reason -> exit({reason, {:gen_server, :call, [server, request, timeout]}})
    else
      {:ok, reply} -> reply
    end
  end

  @doc false
  def cast(server, request) do
    msg = {:"$gen_cast", request}

    try do
      case server do
        {:global, name} -> :global.send(name, msg)
        {:via, mod, name} -> mod.send(name, msg)
        _ -> send(server, msg)
      end
    catch
      _, _ -> :ok
    end

    :ok
  end

  @doc false
  def reply(from, reply), do: :gen.reply(from, reply)

  @doc false
  def stop(server), do: :proc_lib.stop(server, :normal, :infinity)
  def stop(server, reason, timeout), do: :proc_lib.stop(server, reason, timeout)

  @doc false
  def multi_call(nodes, name, request, timeout) do
    here = node()

    Enum.reduce(nodes, {[], []}, fn node, {replies, bad} ->
      if node == here and is_pid(Process.whereis(name)) do
        try do
          {:ok, reply} = :gen.call(name, :"$gen_call", request, timeout)
          {[{node, reply} | replies], bad}
        catch
          :exit, _ -> {replies, [node | bad]}
        end
      else
        {replies, [node | bad]}
      end
    end)
    |> then(fn {replies, bad} -> {Enum.reverse(replies), Enum.reverse(bad)} end)
  end

  # --- the loop ------------------------------------------------------------

  defp loop(parent, name, mod, state, {:continue, continue}) do
    case try_callback(mod, :handle_continue, [continue, state]) do
      {:ok, result} -> handle_noreply(parent, name, mod, state, {:continue, continue}, result)
      {:raised, kind, reason, stack} -> terminate(kind, reason, stack, name, {:continue, continue}, mod, state, nil)
    end
  end

  defp loop(parent, name, mod, state, :hibernate), do: loop(parent, name, mod, state, :infinity)

  defp loop(parent, name, mod, state, timeout) do
    receive do
      msg -> decode(msg, parent, name, mod, state)
    after
      timeout -> handle_msg(:timeout, parent, name, mod, state)
    end
  end

  defp decode({:system, from, req}, parent, name, mod, state) do
    system_msg(req, from, parent, name, mod, state, false)
  end

  defp decode({:EXIT, parent, reason} = msg, parent, name, mod, state) do
    terminate(:exit, reason, [], name, msg, mod, state, nil)
  end

  defp decode(msg, parent, name, mod, state), do: handle_msg(msg, parent, name, mod, state)

  defp handle_msg({:"$gen_call", from, request} = msg, parent, name, mod, state) do
    case try_callback(mod, :handle_call, [request, from, state]) do
      {:ok, {:reply, reply, new_state}} ->
        reply(from, reply)
        loop(parent, name, mod, new_state, :infinity)

      {:ok, {:reply, reply, new_state, timeout}} when is_integer(timeout) or timeout in [:infinity, :hibernate] ->
        reply(from, reply)
        loop(parent, name, mod, new_state, timeout)

      {:ok, {:reply, reply, new_state, {:continue, _} = continue}} ->
        reply(from, reply)
        loop(parent, name, mod, new_state, continue)

      {:ok, {:stop, reason, reply, new_state}} ->
        try do
          terminate(:exit, reason, [], name, msg, mod, new_state, from)
        after
          reply(from, reply)
        end

      {:ok, result} ->
        handle_noreply(parent, name, mod, state, msg, result, from)

      {:raised, kind, reason, stack} ->
        terminate(kind, reason, stack, name, msg, mod, state, from)
    end
  end

  defp handle_msg({:"$gen_cast", request} = msg, parent, name, mod, state) do
    dispatch(mod, :handle_cast, [request, state], parent, name, state, msg)
  end

  defp handle_msg(msg, parent, name, mod, state) do
    dispatch(mod, :handle_info, [msg, state], parent, name, state, msg)
  end

  defp dispatch(mod, fun, args, parent, name, state, msg) do
    case try_callback(mod, fun, args) do
      {:ok, result} -> handle_noreply(parent, name, mod, state, msg, result)
      {:raised, kind, reason, stack} -> terminate(kind, reason, stack, name, msg, mod, state, nil)
    end
  end

  defp handle_noreply(parent, name, mod, state, msg, result, from \\ nil) do
    case result do
      {:noreply, new_state} ->
        loop(parent, name, mod, new_state, :infinity)

      {:noreply, new_state, timeout} when is_integer(timeout) or timeout in [:infinity, :hibernate] ->
        loop(parent, name, mod, new_state, timeout)

      {:noreply, new_state, {:continue, _} = continue} ->
        loop(parent, name, mod, new_state, continue)

      {:stop, reason, new_state} ->
        terminate(:exit, reason, [], name, msg, mod, new_state, from)

      other ->
        terminate(:exit, {:bad_return_value, other}, [], name, msg, mod, state, from)
    end
  end

  defp try_callback(mod, fun, args) do
    try do
      {:ok, apply(mod, fun, args)}
    catch
      :throw, value -> {:ok, value}
      kind, reason -> {:raised, kind, reason, __STACKTRACE__}
    end
  end

  # --- :sys ----------------------------------------------------------------

  defp system_msg(req, from, parent, name, mod, state, suspended?) do
    case req do
      :get_state ->
        reply(from, state)
        resume(parent, name, mod, state, suspended?)

      {:replace_state, fun} ->
        {reply, new_state} =
          try do
            new_state = fun.(state)
            {new_state, new_state}
          catch
            kind, reason -> {{:error, {:callback_failed, {:gen_server, :system_replace_state}, {kind, reason}}}, state}
          end

        reply(from, reply)
        resume(parent, name, mod, new_state, suspended?)

      :get_status ->
        status = if suspended?, do: :suspended, else: :running
        pdict = Process.get()

        reply(
          from,
          {:status, self(), {:module, :gen_server},
           [pdict, status, parent, [],
            [
              header: ~c"Status for generic server " ++ status_name(name),
              data: [{~c"Status", status}, {~c"Parent", parent}, {~c"Logged events", []}],
              data: [{~c"State", state}]
            ]]}
        )

        resume(parent, name, mod, state, suspended?)

      :suspend ->
        reply(from, :ok)
        suspended_loop(parent, name, mod, state)

      :resume ->
        reply(from, :ok)
        loop(parent, name, mod, state, :infinity)

      # As OTP's sys/gen_server: only a suspended server changes code; the
      # callback's result is taken as Erlang's `catch` takes it (an error
      # is {:EXIT, {reason, stack}}, an exit {:EXIT, reason}, a throw its
      # value), and anything but {:ok, state} is {:error, result}.
      {:change_code, _module, old_vsn, extra} when suspended? ->
        result =
          try do
            mod.code_change(old_vsn, state, extra)
          catch
            :throw, value -> value
            :exit, reason -> {:EXIT, reason}
            :error, reason -> {:EXIT, {reason, __STACKTRACE__}}
          end

        {reply, new_state} =
          case result do
            {:ok, new_state} -> {:ok, new_state}
            other -> {{:error, other}, state}
          end

        reply(from, reply)
        resume(parent, name, mod, new_state, suspended?)

      {:change_code, _module, _old_vsn, _extra} ->
        reply(from, {:error, {:unknown_system_msg, req}})
        resume(parent, name, mod, state, suspended?)

      {:terminate, reason} ->
        reply(from, :ok)
        terminate(:exit, reason, [], name, {:system, from, req}, mod, state, nil)

      {:debug, _} ->
        reply(from, :ok)
        resume(parent, name, mod, state, suspended?)

      _ ->
        reply(from, {:error, :unknown_system_msg})
        resume(parent, name, mod, state, suspended?)
    end
  end

  defp status_name(nil), do: :erlang.pid_to_list(self())
  defp status_name({_, name}), do: :erlang.atom_to_list(name)
  defp status_name({:via, _, name}), do: Kernel.inspect(name) |> String.to_charlist()
  defp status_name(name) when is_atom(name), do: :erlang.atom_to_list(name)
  defp status_name(_), do: :erlang.pid_to_list(self())

  defp resume(parent, name, mod, state, true), do: suspended_loop(parent, name, mod, state)
  defp resume(parent, name, mod, state, false), do: loop(parent, name, mod, state, :infinity)

  # Suspended: only system messages and the parent's exit are taken.
  defp suspended_loop(parent, name, mod, state) do
    receive do
      {:system, from, req} ->
        system_msg(req, from, parent, name, mod, state, true)

      {:EXIT, ^parent, reason} = msg ->
        terminate(:exit, reason, [], name, msg, mod, state, nil)
    end
  end

  # --- the end -------------------------------------------------------------

  defp terminate(kind, reason, stack, name, msg, mod, state, from) do
    exit_reason = exit_reason(kind, reason, stack)

    result =
      if :erlang.function_exported(mod, :terminate, 2) do
        try do
          mod.terminate(exit_reason, state)
          :ok
        catch
          k, r -> {:raised, k, r, __STACKTRACE__}
        end
      else
        :ok
      end

    case result do
      {:raised, k, r, s} ->
        report(exit_reason(k, r, s), name, msg, state, from)
        :erlang.raise(:exit, exit_reason(k, r, s), s)

      :ok ->
        case exit_reason do
          :normal -> :ok
          :shutdown -> :ok
          {:shutdown, _} -> :ok
          _ -> report(exit_reason, name, msg, state, from)
        end

        exit(exit_reason)
    end
  end

  defp report(reason, name, msg, state, from) do
    who =
      case name do
        nil -> Kernel.inspect(self())
        {:local, atom} -> Kernel.inspect(atom)
        {:global, term} -> Kernel.inspect(term)
        {:via, _, term} -> Kernel.inspect(term)
      end

    last =
      case {msg, from} do
        {{:"$gen_call", _, request}, {pid, _}} ->
          "Last message (from #{Kernel.inspect(pid)}): #{Kernel.inspect(request)}"

        {{:"$gen_cast", request}, _} ->
          "Last message: {:\"$gen_cast\", #{Kernel.inspect(request)}}"

        {{:continue, _} = continue, _} ->
          "Last message: #{Kernel.inspect(continue)}"

        _ ->
          "Last message: #{Kernel.inspect(msg)}"
      end

    client =
      case from do
        {pid, _} when is_pid(pid) ->
          if Process.alive?(pid),
            do: "\nClient #{Kernel.inspect(pid)} is alive\n",
            else: "\nClient #{Kernel.inspect(pid)} is dead\n"

        _ ->
          ""
      end

    Logger.__report__(
      :error,
      "GenServer #{who} terminating\n" <>
        format_reason(reason) <> "\n" <> last <> "\nState: " <> Kernel.inspect(state) <> client
    )
  end

  @doc false
  def format_reason({exception, [_ | _] = stack} = reason) do
    cond do
      Exception.exception?(exception) ->
        Exception.format_banner(:error, exception, stack) <> "\n" <> trim(Exception.format_stacktrace(stack))

      is_atom(exception) or match?({:nocatch, _}, exception) ->
        kind = if match?({:nocatch, _}, exception), do: :throw, else: :error
        value = if kind == :throw, do: elem(exception, 1), else: exception
        Exception.format_banner(kind, value, stack) <> "\n" <> trim(Exception.format_stacktrace(stack))

      true ->
        "** (stop) " <> Exception.format_exit(reason)
    end
  rescue
    _ -> "** (stop) " <> Kernel.inspect(reason)
  end

  def format_reason(reason), do: "** (stop) " <> Exception.format_exit(reason)

  defp trim(text), do: String.trim_trailing(text, "\n")
end
