# :proc_lib, the part OTP behaviours use: synchronous starts (the starter
# waits for the new process's init_ack) and proc_lib:stop/3. Processes keep
# `$ancestors` and `$initial_call` in their dictionary as OTP's do. There is
# no SASL crash report (Elixir prints none by default either).
defmodule :proc_lib do
  @doc false
  def spawn(fun), do: :erlang.spawn(wrap(fun))
  def spawn_link(fun), do: :erlang.spawn_link(wrap(fun))
  def spawn(m, f, a), do: :erlang.spawn(wrap(fn -> apply(m, f, a) end))
  def spawn_link(m, f, a), do: :erlang.spawn_link(wrap(fn -> apply(m, f, a) end))

  defp wrap(fun) do
    ancestors = ancestors()

    fn ->
      Process.put(:"$ancestors", ancestors)
      fun.()
    end
  end

  defp ancestors do
    me =
      case Process.info(self(), :registered_name) do
        {:registered_name, name} when is_atom(name) -> name
        _ -> self()
      end

    case Process.get(:"$ancestors") do
      list when is_list(list) -> [me | list]
      _ -> [me]
    end
  end

  # start/start_link(fun, timeout, spawn_opts): runs fun in a new process and
  # waits until it calls init_ack/1 (or init_ack/2 with the starter).
  @doc false
  def start_fun(fun, link?, timeout, spawn_opts \\ []) do
    starter = self()
    ancestors = ancestors()

    body = fn ->
      Process.put(:"$ancestors", ancestors)
      Process.put(:"$vial_starter", starter)
      fun.()
    end

    opts = if link?, do: [:link, :monitor | spawn_opts], else: [:monitor | spawn_opts]
    {pid, mref} = :erlang.spawn_opt(body, opts)
    sync_wait(pid, mref, link?, timeout)
  end

  defp sync_wait(pid, mref, link?, timeout) do
    receive do
      {:ack, ^pid, return} ->
        :erlang.demonitor(mref, [:flush])
        return

      {:DOWN, ^mref, :process, ^pid, reason} ->
        if link? do
          receive do
            {:EXIT, ^pid, _} -> :ok
          after
            0 -> :ok
          end
        end

        {:error, reason}
    after
      timeout ->
        :erlang.demonitor(mref, [:flush])
        if link?, do: :erlang.unlink(pid)
        :erlang.exit(pid, :kill)

        if link? do
          receive do
            {:EXIT, ^pid, _} -> :ok
          after
            0 -> :ok
          end
        end

        {:error, :timeout}
    end
  end

  @doc false
  def init_ack(return) do
    init_ack(Process.get(:"$vial_starter"), return)
  end

  def init_ack(starter, return) do
    Process.delete(:"$vial_starter")
    if is_pid(starter), do: send(starter, {:ack, self(), return})
    :ok
  end

  # proc_lib:stop/3: asks the process to terminate with the reason through
  # the :sys protocol and waits for it to end. :ok when it ended with that
  # reason; otherwise exits with the reason it ended with.
  @doc false
  def stop(process), do: stop(process, :normal, :infinity)

  def stop(process, reason, timeout) do
    mref = :erlang.monitor(:process, process)
    :erlang.send(process, {:system, {self(), mref}, {:terminate, reason}})

    receive do
      {^mref, _} ->
        receive do
          {:DOWN, ^mref, _, _, ^reason} -> :ok
          {:DOWN, ^mref, _, _, other} -> exit(other)
        end

      {:DOWN, ^mref, _, _, other} ->
        exit({other, {:sys, :terminate, [process, reason, :infinity]}})
    after
      timeout ->
        :erlang.demonitor(mref, [:flush])
        exit(:timeout)
    end
  end
end
