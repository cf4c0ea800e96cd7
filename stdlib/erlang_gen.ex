# :gen, the part of OTP 25's gen.erl that GenServer, Agent and :sys use:
# synchronous calls and replies with the `{:"$gen_call", {pid, ref}, msg}`
# protocol, and name registration for `{:local, name}`, `{:global, name}`
# and `{:via, module, name}` (docs/otp.md). The caller monitors the server,
# so a server that is gone or dies during the call ends the call with its
# exit reason; a reply that arrives after a timeout stays in the caller's
# mailbox as `{ref, reply}` (BEAM drops it with a process alias, which Vial
# does not have yet).
defmodule :gen do
  @doc false
  def call(process, label, request, timeout)
      when (is_integer(timeout) and timeout >= 0) or timeout == :infinity do
    case where_to(process) do
      nil ->
        exit(:noproc)

      dest ->
        do_call(dest, label, request, timeout)
    end
  end

  defp where_to(pid) when is_pid(pid), do: pid
  defp where_to(name) when is_atom(name) do
    case :erlang.whereis(name) do
      :undefined -> nil
      pid -> pid
    end
  end
  defp where_to({name, node} = dest) when is_atom(name) and is_atom(node) do
    if node == node(), do: where_to(name), else: dest
  end

  defp where_to({:global, name}) do
    case :global.whereis_name(name) do
      pid when is_pid(pid) -> pid
      _ -> nil
    end
  end

  defp where_to({:via, mod, name}) do
    case mod.whereis_name(name) do
      pid when is_pid(pid) -> pid
      _ -> nil
    end
  end

  defp do_call(dest, label, request, timeout) do
    mref = :erlang.monitor(:process, dest)
    :erlang.send(dest, {label, {self(), mref}, request}, [:noconnect])

    receive do
      {^mref, reply} ->
        :erlang.demonitor(mref, [:flush])
        {:ok, reply}

      {:DOWN, ^mref, _, _, :noconnection} ->
        exit({:nodedown, node_of(dest)})

      {:DOWN, ^mref, _, _, reason} ->
        exit(reason)
    after
      timeout ->
        :erlang.demonitor(mref, [:flush])
        exit(:timeout)
    end
  end

  defp node_of({_, node}), do: node
  defp node_of(pid) when is_pid(pid), do: node(pid)
  defp node_of(_), do: node()

  @doc false
  def reply({to, tag}, reply) do
    try do
      send(to, {tag, reply})
      :ok
    catch
      _, _ -> :ok
    end
  end

  # Registration of the calling process under a start option's name:
  # true, or {false, pid_of_the_current_holder}.
  @doc false
  def register_name({:local, name} = local) when is_atom(name) do
    try do
      :erlang.register(name, self())
      true
    catch
      :error, _ -> {false, where(local)}
    end
  end

  def register_name({:global, name} = global) do
    case :global.register_name(name, self()) do
      :yes -> true
      :no -> {false, where(global)}
    end
  end

  def register_name({:via, module, name} = via) do
    case module.register_name(name, self()) do
      :yes -> true
      :no -> {false, where(via)}
    end
  end

  @doc false
  def unregister_name({:local, name}) do
    try do
      :erlang.unregister(name)
    catch
      _, _ -> :ok
    end

    :ok
  end

  def unregister_name({:global, name}) do
    :global.unregister_name(name)
    :ok
  end

  def unregister_name({:via, module, name}) do
    try do
      module.unregister_name(name)
    catch
      _, _ -> :ok
    end

    :ok
  end

  def unregister_name(_), do: :ok

  @doc false
  def where({:local, name}), do: :erlang.whereis(name)
  def where({:global, name}), do: :global.whereis_name(name)
  def where({:via, module, name}), do: module.whereis_name(name)
end
