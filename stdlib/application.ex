# Application: the application environment and the applications Vial has
# built in. The environment lives off every process heap
# (runtime/builtins/global_terms.cpp, `:vial.app_env_*`), shared by all
# processes. There are no .app files: kernel, stdlib, compiler, elixir and
# logger are loaded and started when a program begins, crypto and ex_unit
# can be started, and any other application is missing, with OTP's errors.
defmodule Application do
  @callback start(start_type :: term, start_args :: term) :: {:ok, pid} | {:ok, pid, term} | {:error, term}
  @callback stop(state :: term) :: term

  defmacro __using__(_) do
    quote location: :keep do
      @behaviour Application

      def stop(_state), do: :ok

      defoverridable stop: 1
    end
  end

  # Where the controller keeps which applications are loaded and started.
  @state :"$vial_application_controller"

  # {description, version, applications it needs} of each built-in application.
  @known %{
    kernel: {'ERTS  CXC 138 10', '8.5.3', []},
    stdlib: {'ERTS  CXC 138 10', '4.2', [:kernel]},
    compiler: {'ERTS  CXC 138 10', '8.2.3', [:kernel, :stdlib]},
    elixir: {'elixir', '1.14.0', [:kernel, :stdlib, :compiler]},
    logger: {'logger', '1.14.0', [:kernel, :stdlib, :elixir]},
    crypto: {'CRYPTO', '5.1.2', [:kernel, :stdlib]},
    ex_unit: {'ex_unit', '1.14.0', [:kernel, :stdlib, :elixir]}
  }
  @booted [:kernel, :stdlib, :compiler, :elixir, :logger]

  @elixir_env [
    dbg_callback: {Macro, :dbg, []},
    time_zone_database: Calendar.UTCOnlyTimeZoneDatabase,
    ansi_syntax_colors: [
      atom: :cyan,
      binary: :default_color,
      boolean: :magenta,
      charlist: :yellow,
      list: :default_color,
      map: :default_color,
      nil: :magenta,
      number: :yellow,
      string: :green,
      tuple: :default_color
    ],
    check_endianness: true
  ]

  defp controller do
    case :vial.app_env_get(@state, :apps) do
      {:ok, apps} ->
        apps

      :error ->
        Enum.each(@elixir_env, fn {k, v} -> :vial.app_env_put(:elixir, k, v) end)
        # As the `elixir` script does: colours when stdout and stderr are terminals.
        :vial.app_env_put(:elixir, :ansi_enabled, :vial.isatty(:stdio) and :vial.isatty(:stderr))
        apps = %{loaded: @booted, started: Enum.reverse(@booted)}
        :vial.app_env_put(@state, :apps, apps)
        apps
    end
  end

  defp put_controller(apps), do: :vial.app_env_put(@state, :apps, apps)

  defp no_file(app), do: {'no such file or directory', Atom.to_charlist(app) ++ '.app'}

  # --- the environment ---

  def get_env(app, key, default \\ nil) when is_atom(app) do
    case fetch_env(app, key) do
      {:ok, value} -> value
      :error -> default
    end
  end

  def fetch_env(app, key) when is_atom(app) do
    controller()
    :vial.app_env_get(app, key)
  end

  def fetch_env!(app, key) when is_atom(app) do
    case fetch_env(app, key) do
      {:ok, value} ->
        value

      :error ->
        raise ArgumentError,
              "could not fetch application environment #{inspect(key)} for application " <>
                "#{inspect(app)} #{fetch_env_failed_reason(app, key)}"
    end
  end

  defp fetch_env_failed_reason(app, key) do
    if app in controller().loaded do
      "because configuration at #{inspect(key)} was not set"
    else
      "because the application was not loaded nor configured"
    end
  end

  def get_all_env(app) when is_atom(app) do
    controller()
    :vial.app_env_all(app)
  end

  def put_env(app, key, value, opts \\ []) when is_atom(app) and is_list(opts) do
    controller()
    :vial.app_env_put(app, key, value)
  end

  def put_all_env(config, opts \\ []) when is_list(config) and is_list(opts) do
    for {app, env} <- config, {key, value} <- env, do: put_env(app, key, value, opts)
    :ok
  end

  def delete_env(app, key, opts \\ []) when is_atom(app) and is_list(opts) do
    controller()
    :vial.app_env_delete(app, key)
  end

  defmacro compile_env(app, key_or_path, default \\ nil) do
    if __CALLER__.function do
      raise "Application.compile_env/3 cannot be called inside functions, only in the module body"
    end

    quote do
      Application.compile_env(__ENV__, unquote(app), unquote(key_or_path), unquote(default))
    end
  end

  def compile_env(env, app, key_or_path, default) when is_map(env) do
    case fetch_compile_env(app, key_or_path) do
      {:ok, value} -> value
      :error -> default
    end
  end

  defmacro compile_env!(app, key_or_path) do
    if __CALLER__.function do
      raise "Application.compile_env!/2 cannot be called inside functions, only in the module body"
    end

    quote do
      Application.compile_env!(__ENV__, unquote(app), unquote(key_or_path))
    end
  end

  def compile_env!(env, app, key_or_path) when is_map(env) do
    case fetch_compile_env(app, key_or_path) do
      {:ok, value} ->
        value

      :error ->
        raise ArgumentError,
              "could not fetch application environment #{inspect(key_or_path)} for application " <>
                "#{inspect(app)} #{fetch_env_failed_reason(app, key_or_path)}"
    end
  end

  defp fetch_compile_env(app, key) when is_atom(key), do: fetch_env(app, key)
  defp fetch_compile_env(app, [key | path]) when is_atom(key), do: traverse_env(fetch_env(app, key), path)

  defp traverse_env(return, []), do: return
  defp traverse_env(:error, _paths), do: :error
  defp traverse_env({:ok, value}, [key | keys]), do: traverse_env(Access.fetch(value, key), keys)

  # --- applications ---

  def spec(app) when is_atom(app) do
    if app in controller().loaded do
      {description, vsn, apps} = Map.fetch!(@known, app)

      [
        description: description,
        id: [],
        vsn: vsn,
        modules: [],
        maxP: :infinity,
        maxT: :infinity,
        registered: [],
        included_applications: [],
        optional_applications: [],
        applications: apps,
        mod: [],
        start_phases: :undefined
      ]
    end
  end

  @application_keys [:description, :id, :vsn, :modules, :maxP, :maxT, :registered, :included_applications] ++
                      [:optional_applications, :applications, :mod, :start_phases]

  def spec(app, key) when is_atom(app) and key in @application_keys do
    case spec(app) do
      nil -> nil
      spec -> Keyword.fetch!(spec, key)
    end
  end

  def get_application(module) when is_atom(module) do
    if :vial.builtin_module(module) do
      case Atom.to_string(module) do
        "Elixir.ExUnit" <> _ -> :ex_unit
        "Elixir.Logger" <> _ -> :logger
        "Elixir." <> _ -> :elixir
        _ -> :stdlib
      end
    end
  end

  def loaded_applications do
    for app <- controller().loaded do
      {description, vsn, _} = Map.fetch!(@known, app)
      {app, description, vsn}
    end
  end

  def started_applications(_timeout \\ 5000) do
    for app <- controller().started do
      {description, vsn, _} = Map.fetch!(@known, app)
      {app, description, vsn}
    end
  end

  def load(app) when is_atom(app) do
    apps = controller()

    cond do
      app in apps.loaded -> {:error, {:already_loaded, app}}
      Map.has_key?(@known, app) -> put_controller(%{apps | loaded: apps.loaded ++ [app]})
      true -> {:error, no_file(app)}
    end
  end

  def ensure_loaded(app) when is_atom(app) do
    case load(app) do
      :ok -> :ok
      {:error, {:already_loaded, ^app}} -> :ok
      error -> error
    end
  end

  def unload(app) when is_atom(app) do
    apps = controller()

    cond do
      app in apps.started -> {:error, {:running, app}}
      app in apps.loaded -> put_controller(%{apps | loaded: List.delete(apps.loaded, app)})
      true -> {:error, {:not_loaded, app}}
    end
  end

  def start(app, _type \\ :temporary) when is_atom(app) do
    with :ok <- ensure_loaded(app) do
      apps = controller()
      {_, _, needs} = Map.fetch!(@known, app)

      cond do
        app in apps.started -> {:error, {:already_started, app}}
        missing = Enum.find(needs, &(&1 not in apps.started)) -> {:error, {:not_started, missing}}
        true -> put_controller(%{apps | started: [app | apps.started]})
      end
    end
  end

  def ensure_started(app, type \\ :temporary) when is_atom(app) do
    case start(app, type) do
      :ok -> :ok
      {:error, {:already_started, ^app}} -> :ok
      error -> error
    end
  end

  def ensure_all_started(app, type \\ :temporary) when is_atom(app) do
    case start_all(app, type, []) do
      {:ok, started} -> {:ok, Enum.reverse(started)}
      error -> error
    end
  end

  defp start_all(app, type, acc) do
    cond do
      app in controller().started ->
        {:ok, acc}

      not Map.has_key?(@known, app) ->
        {:error, {app, no_file(app)}}

      true ->
        {_, _, needs} = Map.fetch!(@known, app)

        result =
          Enum.reduce_while(needs, {:ok, acc}, fn dep, {:ok, acc} ->
            case start_all(dep, type, acc) do
              {:ok, acc} -> {:cont, {:ok, acc}}
              error -> {:halt, error}
            end
          end)

        with {:ok, acc} <- result, :ok <- start(app, type), do: {:ok, [app | acc]}
    end
  end

  def stop(app) when is_atom(app) do
    apps = controller()

    if app in apps.started do
      put_controller(%{apps | started: List.delete(apps.started, app)})
    else
      {:error, {:not_started, app}}
    end
  end

  def format_error(reason) do
    case reason do
      {'no such file or directory', file} -> "could not find application file: #{file}"
      {:already_started, app} -> "already started application #{app}"
      {:not_started, app} -> "not started application #{app}"
      {:already_loaded, app} -> "already loaded application #{app}"
      {:not_loaded, app} -> "not loaded application #{app}"
      {:running, app} -> "application #{app} is still running"
      reason -> inspect(reason)
    end
  end
end

# The part of OTP's :application that Elixir code calls directly.
defmodule :application do
  def get_env(app, key) do
    case Application.fetch_env(app, key) do
      {:ok, value} -> {:ok, value}
      :error -> :undefined
    end
  end

  def get_env(app, key, default), do: Application.get_env(app, key, default)
  def get_all_env(app), do: Application.get_all_env(app)
  def set_env(app, key, value), do: Application.put_env(app, key, value)
  def set_env(app, key, value, opts), do: Application.put_env(app, key, value, opts)
  def unset_env(app, key), do: Application.delete_env(app, key)
  def unset_env(app, key, opts), do: Application.delete_env(app, key, opts)

  def get_key(app, key) do
    case Application.spec(app) do
      nil -> :undefined
      spec -> with :error <- Keyword.fetch(spec, key), do: :undefined
    end
  end

  def which_applications, do: Application.started_applications()
  def loaded_applications, do: Application.loaded_applications()
  def ensure_all_started(app), do: Application.ensure_all_started(app)
  def ensure_started(app), do: Application.ensure_started(app)
  def start(app), do: Application.start(app)
  def stop(app), do: Application.stop(app)
  def load(app), do: Application.load(app)
end
