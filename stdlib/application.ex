# Application environments (docs/otp.md). There is no application
# controller and no .app files: every application counts as not loaded, and
# its environment lives in a small registered process (as Logger keeps its
# configuration), so it is shared by all processes of the run.
defmodule :application do
  @store :vial_application_env

  def get_env(app, key), do: lookup(app, key)

  def get_env(app, key, default) do
    case lookup(app, key) do
      {:ok, value} -> value
      :undefined -> default
    end
  end

  def get_all_env(app), do: Map.to_list(Map.get(call(:all), app, %{}))

  def set_env(app, key, value), do: set_env(app, key, value, [])
  def set_env(app, key, value, _opts) when is_atom(app), do: call({:put, app, key, value})

  def unset_env(app, key), do: unset_env(app, key, [])
  def unset_env(app, key, _opts) when is_atom(app), do: call({:delete, app, key})

  def get_key(_app, _key), do: :undefined

  # The applications of an Elixir/OTP install that are there to start: the
  # ones running from the start (@running) and the ones a start adds.
  @running [:kernel, :stdlib, :compiler, :elixir, :logger]
  @installed [:crypto, :ex_unit, :eex, :iex, :mix, :asn1, :public_key, :ssl, :inets, :sasl, :runtime_tools, :os_mon, :mnesia, :xmerl, :syntax_tools, :tools, :parsetools]

  def ensure_all_started(app), do: ensure_all_started(app, :temporary)

  def ensure_all_started(app, _type) when is_atom(app) do
    case start(app) do
      :ok -> {:ok, [app]}
      {:error, {:already_started, ^app}} -> {:ok, []}
      {:error, reason} -> {:error, {app, reason}}
    end
  end

  def ensure_started(app), do: ensure_started(app, :temporary)

  def ensure_started(app, type) when is_atom(app) do
    case start(app, type) do
      {:error, {:already_started, ^app}} -> :ok
      other -> other
    end
  end

  def start(app), do: start(app, :temporary)

  def start(app, _type) when is_atom(app) do
    cond do
      app in @running -> {:error, {:already_started, app}}
      app in @installed -> call({:start, app})
      true -> {:error, {'no such file or directory', Atom.to_charlist(app) ++ '.app'}}
    end
  end

  def which_applications, do: for(app <- @running ++ Map.get(call(:all), :"$started", []), do: {app, [], []})

  defp lookup(app, key) when is_atom(app) do
    case call(:all) do
      %{^app => %{^key => value}} -> {:ok, value}
      _ -> :undefined
    end
  end

  defp call(request) do
    ref = make_ref()
    send(store(), {request, self(), ref})

    receive do
      {^ref, reply} -> reply
    end
  end

  defp store do
    case Process.whereis(@store) do
      nil ->
        pid = :erlang.spawn(fn -> loop(%{}) end)

        try do
          Process.register(pid, @store)
          pid
        rescue
          ArgumentError ->
            Process.exit(pid, :kill)
            Process.whereis(@store)
        end

      pid ->
        pid
    end
  end

  defp loop(envs) do
    receive do
      {:all, from, ref} ->
        send(from, {ref, envs})
        loop(envs)

      {{:put, app, key, value}, from, ref} ->
        send(from, {ref, :ok})
        loop(Map.update(envs, app, %{key => value}, &Map.put(&1, key, value)))

      {{:start, app}, from, ref} ->
        started = Map.get(envs, :"$started", [])

        if app in started do
          send(from, {ref, {:error, {:already_started, app}}})
          loop(envs)
        else
          send(from, {ref, :ok})
          loop(Map.put(envs, :"$started", started ++ [app]))
        end

      {{:delete, app, key}, from, ref} ->
        send(from, {ref, :ok})
        loop(Map.update(envs, app, %{}, &Map.delete(&1, key)))
    end
  end
end

defmodule Application do
  @callback start(start_type :: term, start_args :: term) :: {:ok, pid} | {:ok, pid, term} | {:error, term}
  @callback stop(state :: term) :: term

  defmacro __using__(_) do
    quote do
      @behaviour Application

      @doc false
      def stop(_state), do: :ok

      defoverridable stop: 1
    end
  end

  def ensure_all_started(app, type \\ :temporary), do: :application.ensure_all_started(app, type)
  def ensure_started(app, type \\ :temporary), do: :application.ensure_started(app, type)
  def start(app, type \\ :temporary), do: :application.start(app, type)
  def started_applications, do: :application.which_applications()

  def get_env(app, key, default \\ nil) when is_atom(app), do: :application.get_env(app, key, default)

  def fetch_env(app, key) when is_atom(app) do
    case :application.get_env(app, key) do
      {:ok, value} -> {:ok, value}
      :undefined -> :error
    end
  end

  def fetch_env!(app, key) do
    case fetch_env(app, key) do
      {:ok, value} ->
        value

      :error ->
        raise ArgumentError,
              "could not fetch application environment #{inspect(key)} for application #{inspect(app)} " <>
                "because the application was not loaded nor configured"
    end
  end

  # Elixir reads these while compiling; here the module body runs when the
  # file is compiled, so a call in it reads the environment at that time.
  def compile_env(app, key, default \\ nil), do: get_env(app, key, default)
  def compile_env!(app, key), do: fetch_env!(app, key)

  def get_all_env(app) when is_atom(app), do: :application.get_all_env(app)

  def put_env(app, key, value, opts \\ []) when is_atom(app), do: :application.set_env(app, key, value, opts)

  def put_all_env(config, opts \\ []) do
    Enum.each(config, fn {app, pairs} -> Enum.each(pairs, fn {k, v} -> put_env(app, k, v, opts) end) end)
  end

  def delete_env(app, key, opts \\ []) when is_atom(app), do: :application.unset_env(app, key, opts)
end
