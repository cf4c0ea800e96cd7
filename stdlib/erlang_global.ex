# :global on one node (docs/otp.md): names for `{:global, name}` held by a
# registered name-server process that monitors each holder and forgets the
# name when it ends. register_name/2,3, unregister_name/1, whereis_name/1,
# send/2 and registered_names/0.
defmodule :global do
  @server :"$vial_global_name_server"

  def register_name(name, pid), do: register_name(name, pid, nil)

  def register_name(name, pid, _resolve) when is_pid(pid) do
    request({:register, name, pid})
  end

  def unregister_name(name) do
    request({:unregister, name})
    :ok
  end

  def whereis_name(name) do
    case Process.whereis(@server) do
      nil -> :undefined
      _ -> request({:whereis, name})
    end
  end

  def registered_names do
    case Process.whereis(@server) do
      nil -> []
      _ -> request(:names)
    end
  end

  def send(name, msg) do
    case whereis_name(name) do
      pid when is_pid(pid) ->
        Kernel.send(pid, msg)
        pid

      :undefined ->
        exit({:badarg, {name, msg}})
    end
  end

  defp request(req) do
    pid = server()
    ref = :erlang.monitor(:process, pid)
    Kernel.send(pid, {req, self(), ref})

    receive do
      {^ref, reply} ->
        :erlang.demonitor(ref, [:flush])
        reply

      {:DOWN, ^ref, _, _, reason} ->
        exit(reason)
    end
  end

  defp server do
    case Process.whereis(@server) do
      nil ->
        pid = :erlang.spawn(fn -> loop(%{}, %{}) end)

        try do
          :erlang.register(@server, pid)
          pid
        catch
          :error, _ ->
            :erlang.exit(pid, :kill)
            Process.whereis(@server)
        end

      pid ->
        pid
    end
  end

  # names: name => {pid, monitor}; refs: monitor => name
  defp loop(names, refs) do
    receive do
      {{:register, name, pid}, from, ref} ->
        cond do
          Map.has_key?(names, name) ->
            Kernel.send(from, {ref, :no})
            loop(names, refs)

          not Process.alive?(pid) ->
            Kernel.send(from, {ref, :yes})
            loop(names, refs)

          true ->
            mref = :erlang.monitor(:process, pid)
            Kernel.send(from, {ref, :yes})
            loop(Map.put(names, name, {pid, mref}), Map.put(refs, mref, name))
        end

      {{:unregister, name}, from, ref} ->
        Kernel.send(from, {ref, :ok})

        case Map.pop(names, name) do
          {{_pid, mref}, names} ->
            :erlang.demonitor(mref, [:flush])
            loop(names, Map.delete(refs, mref))

          {nil, names} ->
            loop(names, refs)
        end

      {{:whereis, name}, from, ref} ->
        reply =
          case names do
            %{^name => {pid, _}} -> pid
            _ -> :undefined
          end

        Kernel.send(from, {ref, reply})
        loop(names, refs)

      {:names, from, ref} ->
        Kernel.send(from, {ref, Map.keys(names)})
        loop(names, refs)

      {:DOWN, mref, :process, _, _} ->
        case Map.pop(refs, mref) do
          {nil, refs} -> loop(names, refs)
          {name, refs} -> loop(Map.delete(names, name), refs)
        end
    end
  end
end
