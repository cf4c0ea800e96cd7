# :supervisor, after OTP 25's supervisor.erl (docs/otp.md): a :gen_server
# callback module that traps exits, starts its children in order, restarts
# them by strategy (:one_for_one, :one_for_all, :rest_for_one) and restart
# type, and gives up with :shutdown when more than `intensity` restarts fall
# within `period` seconds. Children are kept most recently started first, as
# OTP keeps them (which_children lists them in that order). Its state is a
# tuple whose first element is :state, as OTP's record is.
defmodule :supervisor do
  @behaviour :gen_server

  # state: {:state, name, strategy, children, intensity, period, restarts, mod, args}
  # children: [{:child, pid, id, mfa, restart, significant, shutdown, type, modules}]

  def start_link(mod, args), do: :gen_server.start_link(:supervisor, {:self, mod, args}, [])

  def start_link(name, mod, args),
    do: :gen_server.start_link(name, :supervisor, {name, mod, args}, [])

  def start_child(sup, spec), do: call(sup, {:start_child, spec})
  def restart_child(sup, id), do: call(sup, {:restart_child, id})
  def delete_child(sup, id), do: call(sup, {:delete_child, id})
  def terminate_child(sup, id), do: call(sup, {:terminate_child, id})
  def which_children(sup), do: call(sup, :which_children)
  def count_children(sup), do: call(sup, :count_children)

  def check_childspecs(specs) when is_list(specs) do
    case check_startspec(specs) do
      {:ok, _} -> :ok
      error -> {:error, error}
    end
  end

  defp call(sup, req), do: :gen_server.call(sup, req, :infinity)

  # --- init ------------------------------------------------------------------

  @doc false
  def init({name, mod, args}) do
    Process.flag(:trap_exit, true)

    case mod.init(args) do
      {:ok, {flags, specs}} ->
        case init_flags(flags) do
          {:ok, strategy, intensity, period} ->
            name = if name == :self, do: {self(), mod}, else: name
            state = {:state, name, strategy, [], intensity, period, [], mod, args}

            case check_startspec(specs) do
              {:ok, children} ->
                case start_children(children, []) do
                  {:ok, started} ->
                    {:ok, put_elem(state, 3, started)}

                  {:error, started, reason} ->
                    terminate_children(started)
                    {:stop, {:shutdown, reason}}
                end

              error ->
                {:stop, {:start_spec, error}}
            end

          error ->
            {:stop, {:supervisor_data, error}}
        end

      :ignore ->
        :ignore

      other ->
        {:stop, {:bad_return, {mod, :init, other}}}
    end
  end

  defp init_flags(flags) when is_map(flags) do
    validate_flags(
      Map.get(flags, :strategy, :one_for_one),
      Map.get(flags, :intensity, 1),
      Map.get(flags, :period, 5)
    )
  end

  defp init_flags({strategy, intensity, period}), do: validate_flags(strategy, intensity, period)
  defp init_flags(other), do: {:invalid_type, other}

  defp validate_flags(strategy, intensity, period) do
    cond do
      strategy not in [:one_for_one, :one_for_all, :rest_for_one] ->
        {:invalid_strategy, strategy}

      not (is_integer(intensity) and intensity >= 0) ->
        {:invalid_intensity, intensity}

      not (is_integer(period) and period > 0) ->
        {:invalid_period, period}

      true ->
        {:ok, strategy, intensity, period}
    end
  end

  # Specs in order; the result is most recent first, as the children list.
  defp check_startspec(specs), do: check_startspec(specs, [], MapSet.new())

  defp check_startspec([spec | rest], acc, ids) do
    case check_childspec(spec) do
      {:ok, child} ->
        id = elem(child, 2)

        if MapSet.member?(ids, id),
          do: {:duplicate_child_name, id},
          else: check_startspec(rest, [child | acc], MapSet.put(ids, id))

      error ->
        error
    end
  end

  defp check_startspec([], acc, _), do: {:ok, acc}
  defp check_startspec(other, _, _), do: {:bad_start_spec, other}

  @doc false
  def check_childspec(spec) when is_map(spec) do
    with {:ok, id} <- fetch(spec, :id, :missing_id),
         {:ok, mfa} <- fetch(spec, :start, :missing_start),
         :ok <- valid_mfa(mfa),
         restart = Map.get(spec, :restart, :permanent),
         :ok <- valid(restart in [:permanent, :transient, :temporary], {:invalid_restart_type, restart}),
         type = Map.get(spec, :type, :worker),
         :ok <- valid(type in [:worker, :supervisor], {:invalid_child_type, type}),
         shutdown = Map.get(spec, :shutdown, if(type == :worker, do: 5000, else: :infinity)),
         :ok <- valid_shutdown(shutdown),
         significant = Map.get(spec, :significant, false),
         :ok <- valid(is_boolean(significant), {:invalid_significant, significant}),
         modules = Map.get(spec, :modules, [elem(mfa, 0)]),
         :ok <- valid_modules(modules) do
      {:ok, {:child, :undefined, id, mfa, restart, significant, shutdown, type, modules}}
    end
  end

  def check_childspec({id, mfa, restart, shutdown, type, modules}) do
    check_childspec(%{id: id, start: mfa, restart: restart, shutdown: shutdown, type: type, modules: modules})
  end

  def check_childspec(other), do: {:invalid_child_spec, other}

  defp fetch(map, key, error) do
    case Map.fetch(map, key) do
      {:ok, value} -> {:ok, value}
      :error -> error
    end
  end

  defp valid(true, _), do: :ok
  defp valid(false, error), do: error

  defp valid_mfa({m, f, a}) when is_atom(m) and is_atom(f) and is_list(a), do: :ok
  defp valid_mfa(mfa), do: {:invalid_mfa, mfa}

  defp valid_shutdown(s) when is_integer(s) and s >= 0, do: :ok
  defp valid_shutdown(s) when s in [:infinity, :brutal_kill], do: :ok
  defp valid_shutdown(s), do: {:invalid_shutdown, s}

  defp valid_modules(:dynamic), do: :ok

  defp valid_modules(list) when is_list(list) do
    if Enum.all?(list, &is_atom/1), do: :ok, else: {:invalid_modules, list}
  end

  defp valid_modules(other), do: {:invalid_modules, other}

  # children given most recent first; started in the order they were given
  defp start_children(children, started) do
    do_start_children(Enum.reverse(children), started)
  end

  defp do_start_children([], started), do: {:ok, started}

  defp do_start_children([child | rest], started) do
    case do_start_child(child) do
      {:ok, :undefined} when elem(child, 4) == :temporary ->
        do_start_children(rest, started)

      {:ok, pid} ->
        do_start_children(rest, [put_elem(child, 1, pid) | started])

      {:ok, pid, _extra} ->
        do_start_children(rest, [put_elem(child, 1, pid) | started])

      {:error, reason} ->
        {:error, started, {:failed_to_start_child, elem(child, 2), reason}}
    end
  end

  defp do_start_child({:child, _, _, {m, f, a}, _, _, _, _, _}) do
    result =
      try do
        apply(m, f, a)
      catch
        :exit, reason -> {:EXIT, reason}
        :error, reason -> {:EXIT, {reason, __STACKTRACE__}}
        :throw, value -> value
      end

    case result do
      {:ok, pid} when is_pid(pid) -> {:ok, pid}
      {:ok, pid, extra} when is_pid(pid) -> {:ok, pid, extra}
      :ignore -> {:ok, :undefined}
      {:error, reason} -> {:error, reason}
      other -> {:error, other}
    end
  end

  # --- calls -----------------------------------------------------------------

  @doc false
  def handle_call({:start_child, spec}, _from, state) do
    case check_childspec(spec) do
      {:ok, child} ->
        children = elem(state, 3)
        id = elem(child, 2)

        case find_id(children, id) do
          {:child, pid, _, _, _, _, _, _, _} when is_pid(pid) ->
            {:reply, {:error, {:already_started, pid}}, state}

          {:child, _, _, _, _, _, _, _, _} ->
            {:reply, {:error, :already_present}, state}

          nil ->
            case do_start_child(child) do
              {:ok, :undefined} when elem(child, 4) == :temporary ->
                {:reply, {:ok, :undefined}, state}

              {:ok, pid} ->
                {:reply, {:ok, pid}, put_elem(state, 3, [put_elem(child, 1, pid) | children])}

              {:ok, pid, extra} ->
                {:reply, {:ok, pid, extra}, put_elem(state, 3, [put_elem(child, 1, pid) | children])}

              {:error, reason} ->
                {:reply, {:error, {reason, child}}, state}
            end
        end

      error ->
        {:reply, {:error, error}, state}
    end
  end

  def handle_call({:terminate_child, id}, _from, state) do
    children = elem(state, 3)

    case find_child(children, id) do
      nil ->
        {:reply, {:error, :not_found}, state}

      child ->
        shutdown_child(child)

        children =
          if elem(child, 4) == :temporary,
            do: remove_child(children, child),
            else: replace_child(children, put_elem(child, 1, :undefined))

        {:reply, :ok, put_elem(state, 3, children)}
    end
  end

  def handle_call({:restart_child, id}, _from, state) do
    children = elem(state, 3)

    case find_id(children, id) do
      nil ->
        {:reply, {:error, :not_found}, state}

      {:child, pid, _, _, _, _, _, _, _} when is_pid(pid) ->
        {:reply, {:error, :running}, state}

      {:child, :restarting, _, _, _, _, _, _, _} ->
        {:reply, {:error, :restarting}, state}

      child ->
        case do_start_child(child) do
          {:ok, pid} ->
            {:reply, {:ok, pid}, put_elem(state, 3, replace_child(children, put_elem(child, 1, pid)))}

          {:ok, pid, extra} ->
            {:reply, {:ok, pid, extra}, put_elem(state, 3, replace_child(children, put_elem(child, 1, pid)))}

          {:error, reason} ->
            {:reply, {:error, reason}, state}
        end
    end
  end

  def handle_call({:delete_child, id}, _from, state) do
    children = elem(state, 3)

    case find_id(children, id) do
      nil ->
        {:reply, {:error, :not_found}, state}

      {:child, pid, _, _, _, _, _, _, _} when is_pid(pid) ->
        {:reply, {:error, :running}, state}

      {:child, :restarting, _, _, _, _, _, _, _} ->
        {:reply, {:error, :restarting}, state}

      child ->
        {:reply, :ok, put_elem(state, 3, remove_child(children, child))}
    end
  end

  def handle_call(:which_children, _from, state) do
    reply =
      for {:child, pid, id, _, _, _, _, type, modules} <- elem(state, 3) do
        {id, pid, type, modules}
      end

    {:reply, reply, state}
  end

  def handle_call(:count_children, _from, state) do
    children = elem(state, 3)

    {specs, active, supers, workers} =
      Enum.reduce(children, {0, 0, 0, 0}, fn {:child, pid, _, _, _, _, _, type, _}, {s, a, su, w} ->
        a = if is_pid(pid) and Process.alive?(pid), do: a + 1, else: a
        if type == :supervisor, do: {s + 1, a, su + 1, w}, else: {s + 1, a, su, w + 1}
      end)

    {:reply, [specs: specs, active: active, supervisors: supers, workers: workers], state}
  end

  def handle_call(:get_callback_module, _from, state), do: {:reply, elem(state, 7), state}

  def handle_call(other, _from, state) do
    {:reply, {:error, {:unknown_call, other}}, state}
  end

  @doc false
  def handle_cast({:try_again_restart, id}, state) do
    case find_id(elem(state, 3), id) do
      {:child, :restarting, _, _, _, _, _, _, _} = child -> restart(child, state)
      _ -> {:noreply, state}
    end
  end

  def handle_cast(_, state), do: {:noreply, state}

  # --- exits -----------------------------------------------------------------

  @doc false
  def handle_info({:EXIT, pid, reason}, state) do
    case Enum.find(elem(state, 3), fn c -> elem(c, 1) == pid end) do
      nil ->
        {:noreply, state}

      child ->
        case restart_child_on_exit(child, reason, state) do
          {:ok, state} -> {:noreply, state}
          {:shutdown, state} -> {:stop, :shutdown, state}
        end
    end
  end

  def handle_info(_msg, state), do: {:noreply, state}

  defp restart_child_on_exit(child, reason, state) do
    case elem(child, 4) do
      :permanent ->
        do_restart(child, state)

      :transient when reason in [:normal, :shutdown] ->
        {:ok, put_elem(state, 3, replace_child(elem(state, 3), put_elem(child, 1, :undefined)))}

      :transient ->
        case reason do
          {:shutdown, _} ->
            {:ok, put_elem(state, 3, replace_child(elem(state, 3), put_elem(child, 1, :undefined)))}

          _ ->
            do_restart(child, state)
        end

      :temporary ->
        {:ok, put_elem(state, 3, remove_child(elem(state, 3), child))}
    end
  end

  defp do_restart(child, state) do
    case restart(child, state) do
      {:noreply, state} -> {:ok, state}
      {:stop, :shutdown, state} -> {:shutdown, state}
    end
  end

  defp restart(child, state) do
    case add_restart(state) do
      {:ok, state} ->
        do_strategy_restart(child, state)

      {:terminate, state} ->
        children = replace_child(elem(state, 3), put_elem(child, 1, :undefined))
        {:stop, :shutdown, put_elem(state, 3, children)}
    end
  end

  defp add_restart(state) do
    now = System.monotonic_time(:second)
    period = elem(state, 5)
    restarts = [now | Enum.filter(elem(state, 6), fn t -> now - t < period end)]
    state = put_elem(state, 6, restarts)
    if length(restarts) <= elem(state, 4), do: {:ok, state}, else: {:terminate, state}
  end

  defp do_strategy_restart(child, state) do
    children = elem(state, 3)

    case elem(state, 2) do
      :one_for_one ->
        case do_start_child(child) do
          {:ok, pid} -> {:noreply, put_elem(state, 3, replace_child(children, put_elem(child, 1, pid)))}
          {:ok, pid, _} -> {:noreply, put_elem(state, 3, replace_child(children, put_elem(child, 1, pid)))}
          {:error, _} -> try_again(child, children, state)
        end

      strategy ->
        # children most recent first: those after `child` come before it in the list
        id = elem(child, 2)
        index = Enum.find_index(children, fn c -> elem(c, 2) == id end)

        {to_restart, _keep} =
          if strategy == :one_for_all,
            do: {children, []},
            else: Enum.split(children, index + 1)

        # stop the running ones (most recent first), then start all in order
        stopped =
          Enum.map(to_restart, fn c ->
            if elem(c, 2) != id and is_pid(elem(c, 1)), do: shutdown_child(c)
            put_elem(c, 1, :undefined)
          end)

        # temporary children that were stopped are not restarted
        stopped = Enum.filter(stopped, fn c -> elem(c, 2) == id or elem(c, 4) != :temporary end)
        rest = Enum.drop(children, length(to_restart))

        case restart_in_order(Enum.reverse(stopped), rest) do
          {:ok, children} ->
            {:noreply, put_elem(state, 3, children)}

          {:error, failed, children} ->
            try_again(failed, children, state)
        end
    end
  end

  # start `todo` (in start order) on top of `started` (most recent first);
  # on a failure the rest keep pid :undefined
  defp restart_in_order([], started), do: {:ok, started}

  defp restart_in_order([child | rest], started) do
    case do_start_child(child) do
      {:ok, pid} when is_pid(pid) ->
        restart_in_order(rest, [put_elem(child, 1, pid) | started])

      {:ok, pid, _} ->
        restart_in_order(rest, [put_elem(child, 1, pid) | started])

      {:ok, :undefined} ->
        restart_in_order(rest, [child | started])

      {:error, _} ->
        {:error, child, Enum.reverse(rest, [put_elem(child, 1, :restarting) | started])}
    end
  end

  defp try_again(child, children, state) do
    children = replace_child(children, put_elem(child, 1, :restarting))
    GenServer.cast(self(), {:try_again_restart, elem(child, 2)})
    {:noreply, put_elem(state, 3, children)}
  end

  # --- shutting children down ------------------------------------------------

  @doc false
  def terminate(_reason, state) do
    terminate_children(elem(state, 3))
    :ok
  end

  defp terminate_children(children) do
    Enum.each(children, fn child -> if is_pid(elem(child, 1)), do: shutdown_child(child) end)
  end

  defp shutdown_child({:child, pid, _, _, _, _, shutdown, _, _}) when is_pid(pid) do
    mref = :erlang.monitor(:process, pid)
    :erlang.unlink(pid)

    # an exit already on its way: take its reason
    early =
      receive do
        {:EXIT, ^pid, reason} -> {:exited, reason}
      after
        0 -> nil
      end

    case {early, shutdown} do
      {{:exited, _}, _} ->
        receive do
          {:DOWN, ^mref, _, _, _} -> :ok
        end

      {nil, :brutal_kill} ->
        :erlang.exit(pid, :kill)

        receive do
          {:DOWN, ^mref, _, _, _} -> :ok
        end

      {nil, :infinity} ->
        :erlang.exit(pid, :shutdown)

        receive do
          {:DOWN, ^mref, _, _, _} -> :ok
        end

      {nil, timeout} ->
        :erlang.exit(pid, :shutdown)

        receive do
          {:DOWN, ^mref, _, _, _} -> :ok
        after
          timeout ->
            :erlang.exit(pid, :kill)

            receive do
              {:DOWN, ^mref, _, _, _} -> :ok
            end
        end
    end

    :ok
  end

  defp shutdown_child(_), do: :ok

  @doc false
  def code_change(_, state, _) do
    mod = elem(state, 7)

    case mod.init(elem(state, 8)) do
      {:ok, {_flags, _specs}} -> {:ok, state}
      :ignore -> {:ok, state}
      error -> error
    end
  end

  # --- the children list -----------------------------------------------------

  defp find_id(children, id), do: Enum.find(children, fn c -> elem(c, 2) == id end)

  defp find_child(children, pid) when is_pid(pid),
    do: Enum.find(children, fn c -> elem(c, 1) == pid end)

  defp find_child(children, id), do: find_id(children, id)

  defp replace_child(children, child) do
    id = elem(child, 2)
    Enum.map(children, fn c -> if elem(c, 2) == id, do: child, else: c end)
  end

  defp remove_child(children, child) do
    id = elem(child, 2)
    Enum.reject(children, fn c -> elem(c, 2) == id end)
  end
end
