# Registry (docs/otp.md). Elixir 1.14 keeps a registry in ETS tables; Vial
# has no :ets yet, so a registry is one :gen_server, registered under the
# registry's name, that holds the entries and monitors each registering
# process (an entry goes when its process ends). Writes are calls made by
# the registering process (register, unregister, update_value); reads are
# calls too, and leave out entries of processes that have already ended, so
# a lookup right after a process ended does not return it (as Elixir's
# unique lookups check Process.alive?). Match patterns take :_ and :"$N"
# variables and guards of comparisons, as the ETS match specs Elixir builds.
defmodule Registry do
  @behaviour GenServer


  def child_spec(options) do
    %{
      id: Keyword.get(options, :name, Registry),
      start: {Registry, :start_link, [options]},
      type: :supervisor
    }
  end

  def start_link(options) do
    keys = Keyword.get(options, :keys)

    unless keys in [:unique, :duplicate] do
      raise ArgumentError,
            "expected :keys to be given and be one of :unique or :duplicate, got: #{inspect(keys)}"
    end

    name =
      case Keyword.fetch(options, :name) do
        {:ok, name} when is_atom(name) ->
          name

        {:ok, other} ->
          raise ArgumentError, "expected :name to be an atom, got: #{inspect(other)}"

        :error ->
          raise ArgumentError, "expected :name option to be present"
      end

    meta = Keyword.get(options, :meta, [])

    unless Keyword.keyword?(meta) do
      raise ArgumentError, "expected :meta to be a keyword list, got: #{inspect(meta)}"
    end

    partitions = Keyword.get(options, :partitions, 1)

    unless is_integer(partitions) and partitions >= 1 do
      raise ArgumentError,
            "expected :partitions to be a positive integer, got: #{inspect(partitions)}"
    end

    listeners = Keyword.get(options, :listeners, [])

    unless is_list(listeners) and Enum.all?(listeners, &is_atom/1) do
      raise ArgumentError,
            "expected :listeners to be a list of named processes, got: #{inspect(listeners)}"
    end

    GenServer.start_link(__MODULE__, {keys, name, meta, listeners}, name: name)
  end

  def start_link(keys, name) when keys in [:unique, :duplicate] and is_atom(name) do
    start_link(keys: keys, name: name)
  end

  # --- via -------------------------------------------------------------------

  @doc false
  def whereis_name({registry, key}), do: whereis_name(registry, key)
  def whereis_name({registry, key, _value}), do: whereis_name(registry, key)

  defp whereis_name(registry, key) do
    case keys_kind!(registry) do
      :unique ->
        case lookup(registry, key) do
          [{pid, _}] -> pid
          [] -> :undefined
        end

      :duplicate ->
        raise ArgumentError, ":via is not supported for duplicate registries"
    end
  end

  @doc false
  def register_name({registry, key}, pid) when pid == self() do
    case register(registry, key, nil) do
      {:ok, _} -> :yes
      {:error, _} -> :no
    end
  end

  def register_name({registry, key, value}, pid) when pid == self() do
    case register(registry, key, value) do
      {:ok, _} -> :yes
      {:error, _} -> :no
    end
  end

  @doc false
  def send({registry, key}, msg) do
    case lookup(registry, key) do
      [{pid, _}] -> Kernel.send(pid, msg)
      [] -> :erlang.error(:badarg, [{registry, key}, msg])
    end
  end

  def send({registry, key, _value}, msg), do: Registry.send({registry, key}, msg)

  @doc false
  def unregister_name({registry, key}), do: unregister(registry, key)
  def unregister_name({registry, key, _value}), do: unregister(registry, key)

  # --- the API ---------------------------------------------------------------

  def register(registry, key, value) do
    call(registry, {:register, key, value, self()})
  end

  def unregister(registry, key) do
    call(registry, {:unregister, key, self()})
  end

  def unregister_match(registry, key, pattern, guards \\ []) when is_list(guards) do
    call(registry, {:unregister_match, key, pattern, guards, self()})
  end

  def update_value(registry, key, callback) when is_function(callback, 1) do
    case keys_kind!(registry) do
      :unique ->
        case call(registry, {:entry, key, self()}) do
          {:ok, old} ->
            new = callback.(old)
            call(registry, {:update, key, new, self()})
            {new, old}

          :error ->
            :error
        end

      :duplicate ->
        raise ArgumentError, "Registry.update_value/3 is not supported for duplicate registries"
    end
  end

  def lookup(registry, key), do: alive(call(registry, {:lookup, key}))

  def keys(registry, pid) when is_pid(pid), do: call(registry, {:keys, pid})

  def values(registry, key, pid) when is_pid(pid) do
    for {^pid, value} <- lookup(registry, key), do: value
  end

  def dispatch(registry, key, mfa_or_fun, opts \\ []) when is_list(opts) do
    case lookup(registry, key) do
      [] ->
        :ok

      entries ->
        case mfa_or_fun do
          {m, f, a} -> apply(m, f, [entries | a])
          fun when is_function(fun, 1) -> fun.(entries)
        end

        :ok
    end
  end

  def match(registry, key, pattern, guards \\ []) when is_list(guards) do
    for {_pid, value} = entry <- lookup(registry, key), matches?(value, pattern, guards), do: entry
  end

  def count(registry), do: length(alive(call(registry, :all)))

  def count_match(registry, key, pattern, guards \\ []) when is_list(guards) do
    length(match(registry, key, pattern, guards))
  end

  def select(registry, spec) when is_list(spec) do
    entries = alive_triples(call(registry, :all_triples))

    Enum.flat_map(entries, fn {key, pid, value} ->
      Enum.flat_map(spec, fn {{kp, pp, vp}, guards, body} ->
        case match_bindings([{kp, key}, {pp, pid}, {vp, value}], %{}) do
          {:ok, binds} ->
            if guards_hold?(guards, binds), do: [build(body, binds, {key, pid, value})], else: []

          :error ->
            []
        end
      end)
      |> Enum.take(1)
    end)
    |> Enum.flat_map(& &1)
  end

  def count_select(registry, spec), do: length(select(registry, spec))

  def meta(registry, key) when is_atom(key) or is_tuple(key) do
    call(registry, {:meta, key})
  end

  def put_meta(registry, key, value) when is_atom(key) or is_tuple(key) do
    call(registry, {:put_meta, key, value})
  end

  def delete_meta(registry, key) when is_atom(key) or is_tuple(key) do
    call(registry, {:delete_meta, key})
  end

  defp keys_kind!(registry), do: call(registry, :kind)

  defp call(registry, request) do
    case Process.whereis(registry) do
      nil -> raise ArgumentError, "unknown registry: #{inspect(registry)}"
      pid -> GenServer.call(pid, request, :infinity)
    end
  end

  defp alive(entries), do: for({pid, _} = e <- entries, Process.alive?(pid), do: e)
  defp alive_triples(entries), do: for({_, pid, _} = e <- entries, Process.alive?(pid), do: e)

  # --- match patterns ----------------------------------------------------------

  defp matches?(value, pattern, guards) do
    case match_bindings([{pattern, value}], %{}) do
      {:ok, binds} -> guards_hold?(guards, binds)
      :error -> false
    end
  end

  defp match_bindings([], binds), do: {:ok, binds}

  defp match_bindings([{pattern, value} | rest], binds) do
    case match_one(pattern, value, binds) do
      {:ok, binds} -> match_bindings(rest, binds)
      :error -> :error
    end
  end

  defp match_one(:_, _value, binds), do: {:ok, binds}

  defp match_one(pattern, value, binds) when is_atom(pattern) do
    case variable(pattern) do
      nil ->
        if pattern === value, do: {:ok, binds}, else: :error

      var ->
        case binds do
          %{^var => bound} -> if bound === value, do: {:ok, binds}, else: :error
          _ -> {:ok, Map.put(binds, var, value)}
        end
    end
  end

  defp match_one(pattern, value, binds) when is_tuple(pattern) and is_tuple(value) do
    if tuple_size(pattern) == tuple_size(value) do
      match_bindings(Enum.zip(Tuple.to_list(pattern), Tuple.to_list(value)), binds)
    else
      :error
    end
  end

  defp match_one([p | ps], [v | vs], binds) do
    case match_one(p, v, binds) do
      {:ok, binds} -> match_one(ps, vs, binds)
      :error -> :error
    end
  end

  defp match_one(pattern, value, binds) when is_map(pattern) and is_map(value) do
    Enum.reduce_while(pattern, {:ok, binds}, fn {k, p}, {:ok, binds} ->
      case Map.fetch(value, k) do
        {:ok, v} ->
          case match_one(p, v, binds) do
            {:ok, binds} -> {:cont, {:ok, binds}}
            :error -> {:halt, :error}
          end

        :error ->
          {:halt, :error}
      end
    end)
  end

  defp match_one(pattern, value, binds) do
    if pattern === value, do: {:ok, binds}, else: :error
  end

  defp variable(atom) do
    case Atom.to_string(atom) do
      "$" <> digits ->
        case Integer.parse(digits) do
          {n, ""} -> n
          _ -> nil
        end

      _ ->
        nil
    end
  end

  defp guards_hold?(guards, binds), do: Enum.all?(guards, &(eval(&1, binds, nil) == true))

  defp eval(atom, binds, whole) when is_atom(atom) do
    case atom do
      :"$_" -> whole
      :"$$" -> binds |> Enum.sort() |> Enum.map(&elem(&1, 1))
      _ ->
        case variable(atom) do
          nil -> atom
          var -> Map.fetch!(binds, var)
        end
    end
  end

  defp eval({:const, value}, _binds, _whole), do: value
  defp eval({op, a, b}, binds, whole) when op in [:==, :"=:=", :"/=", :"=/=", :<, :>, :"=<", :>=, :+, :-, :*, :div, :rem, :andalso, :orelse, :and, :or] do
    x = eval(a, binds, whole)
    y = eval(b, binds, whole)

    case op do
      :== -> x == y
      :"=:=" -> x === y
      :"/=" -> x != y
      :"=/=" -> x !== y
      :< -> x < y
      :> -> x > y
      :"=<" -> x <= y
      :>= -> x >= y
      :+ -> x + y
      :- -> x - y
      :* -> x * y
      :div -> div(x, y)
      :rem -> rem(x, y)
      op when op in [:andalso, :and] -> x and y
      op when op in [:orelse, :or] -> x or y
    end
  end

  defp eval({:not, a}, binds, whole), do: not eval(a, binds, whole)
  defp eval({:is_integer, a}, binds, whole), do: is_integer(eval(a, binds, whole))
  defp eval({:is_atom, a}, binds, whole), do: is_atom(eval(a, binds, whole))
  defp eval({:is_binary, a}, binds, whole), do: is_binary(eval(a, binds, whole))
  defp eval({:is_pid, a}, binds, whole), do: is_pid(eval(a, binds, whole))
  defp eval({:is_list, a}, binds, whole), do: is_list(eval(a, binds, whole))
  defp eval({:is_map, a}, binds, whole), do: is_map(eval(a, binds, whole))
  defp eval({:is_tuple, a}, binds, whole), do: is_tuple(eval(a, binds, whole))

  defp eval(tuple, binds, whole) when is_tuple(tuple) and tuple_size(tuple) == 1 do
    {inner} = tuple

    if is_tuple(inner),
      do: inner |> Tuple.to_list() |> Enum.map(&eval(&1, binds, whole)) |> List.to_tuple(),
      else: eval(inner, binds, whole)
  end

  defp eval(list, binds, whole) when is_list(list), do: Enum.map(list, &eval(&1, binds, whole))
  defp eval(other, _binds, _whole), do: other

  defp build(body, binds, whole), do: Enum.map(body, &eval(&1, binds, whole))

  # --- the server --------------------------------------------------------------

  @doc false
  def init({kind, name, meta, listeners}) do
    state = %{
      kind: kind,
      name: name,
      listeners: listeners,
      # key => [{pid, value}] (registration order)
      entries: %{},
      # pid => {monitor_ref, [key]}
      pids: %{},
      meta: Map.new(meta)
    }

    {:ok, state}
  end

  @doc false
  def handle_call({:register, key, value, pid}, _from, state) do
    existing = Map.get(state.entries, key, [])

    case state.kind do
      :unique ->
        case Enum.filter(existing, fn {p, _} -> Process.alive?(p) end) do
          [{holder, _} | _] ->
            {:reply, {:error, {:already_registered, holder}}, state}

          [] ->
            state = drop_dead(state, key, existing)
            {:reply, {:ok, self()}, add(state, key, pid, value)}
        end

      :duplicate ->
        {:reply, {:ok, self()}, add(state, key, pid, value)}
    end
  end

  def handle_call({:unregister, key, pid}, _from, state) do
    {:reply, :ok, remove(state, key, pid, fn _ -> true end)}
  end

  def handle_call({:unregister_match, key, pattern, guards, pid}, _from, state) do
    {:reply, :ok, remove(state, key, pid, fn value -> matches?(value, pattern, guards) end)}
  end

  def handle_call({:entry, key, pid}, _from, state) do
    reply =
      case Map.get(state.entries, key, []) do
        [{^pid, value}] -> {:ok, value}
        _ -> :error
      end

    {:reply, reply, state}
  end

  def handle_call({:update, key, value, pid}, _from, state) do
    entries =
      Map.update(state.entries, key, [], fn list ->
        Enum.map(list, fn {p, v} -> if p == pid, do: {p, value}, else: {p, v} end)
      end)

    {:reply, :ok, %{state | entries: entries}}
  end

  def handle_call({:lookup, key}, _from, state) do
    {:reply, Map.get(state.entries, key, []), state}
  end

  def handle_call({:keys, pid}, _from, state) do
    keys =
      case state.pids do
        %{^pid => {_, keys}} -> Enum.reverse(keys)
        _ -> []
      end

    {:reply, keys, state}
  end

  def handle_call(:all, _from, state) do
    {:reply, Enum.flat_map(state.entries, fn {_k, list} -> list end), state}
  end

  def handle_call(:all_triples, _from, state) do
    {:reply, Enum.flat_map(state.entries, fn {k, list} -> for {p, v} <- list, do: {k, p, v} end), state}
  end

  def handle_call(:kind, _from, state), do: {:reply, state.kind, state}

  def handle_call({:meta, key}, _from, state) do
    reply =
      case state.meta do
        %{^key => value} -> {:ok, value}
        _ -> :error
      end

    {:reply, reply, state}
  end

  def handle_call({:put_meta, key, value}, _from, state) do
    {:reply, :ok, %{state | meta: Map.put(state.meta, key, value)}}
  end

  def handle_call({:delete_meta, key}, _from, state) do
    {:reply, :ok, %{state | meta: Map.delete(state.meta, key)}}
  end

  @doc false
  def handle_cast(_msg, state), do: {:noreply, state}

  @doc false
  def handle_info({:DOWN, _ref, :process, pid, _reason}, state) do
    case Map.pop(state.pids, pid) do
      {nil, _} ->
        {:noreply, state}

      {{_ref, keys}, pids} ->
        entries =
          Enum.reduce(Enum.uniq(keys), state.entries, fn key, entries ->
            notify(state, :unregister, key, pid, nil)

            case Enum.reject(Map.get(entries, key, []), fn {p, _} -> p == pid end) do
              [] -> Map.delete(entries, key)
              list -> Map.put(entries, key, list)
            end
          end)

        {:noreply, %{state | pids: pids, entries: entries}}
    end
  end

  def handle_info(_msg, state), do: {:noreply, state}

  @doc false
  def terminate(_reason, _state), do: :ok

  defp add(state, key, pid, value) do
    entries = Map.update(state.entries, key, [{pid, value}], &(&1 ++ [{pid, value}]))

    pids =
      case state.pids do
        %{^pid => {ref, keys}} -> Map.put(state.pids, pid, {ref, [key | keys]})
        _ -> Map.put(state.pids, pid, {Process.monitor(pid), [key]})
      end

    notify(state, :register, key, pid, value)
    %{state | entries: entries, pids: pids}
  end

  defp remove(state, key, pid, value_matches?) do
    list = Map.get(state.entries, key, [])
    {gone, kept} = Enum.split_with(list, fn {p, v} -> p == pid and value_matches?.(v) end)

    if gone == [] do
      state
    else
      entries = if kept == [], do: Map.delete(state.entries, key), else: Map.put(state.entries, key, kept)
      Enum.each(gone, fn _ -> notify(state, :unregister, key, pid, nil) end)

      pids =
        case state.pids do
          %{^pid => {ref, keys}} ->
            keys = Enum.reduce(gone, keys, fn _, ks -> List.delete(ks, key) end)

            if keys == [] do
              Process.demonitor(ref, [:flush])
              Map.delete(state.pids, pid)
            else
              Map.put(state.pids, pid, {ref, keys})
            end

          _ ->
            state.pids
        end

      %{state | entries: entries, pids: pids}
    end
  end

  defp drop_dead(state, _key, []), do: state

  defp drop_dead(state, key, [{pid, _} | rest]) do
    drop_dead(remove(state, key, pid, fn _ -> true end), key, rest)
  end

  defp notify(%{listeners: []}, _, _, _, _), do: :ok

  defp notify(state, :register, key, pid, value) do
    for l <- state.listeners, do: Kernel.send(l, {:register, state.name, key, pid, value})
    :ok
  end

  defp notify(state, :unregister, key, pid, _value) do
    for l <- state.listeners, do: Kernel.send(l, {:unregister, state.name, key, pid})
    :ok
  end

end
