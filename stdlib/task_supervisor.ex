# Task.Supervisor as Elixir 1.14's lib/elixir/lib/task/supervisor.ex: a
# DynamicSupervisor of Task.Supervised processes (docs/otp.md).
defmodule Task.Supervisor do
  def child_spec(opts) when is_list(opts) do
    id =
      case Keyword.get(opts, :name, Task.Supervisor) do
        name when is_atom(name) -> name
        {:global, name} -> name
        {:via, _module, name} -> name
      end

    %{
      id: id,
      start: {Task.Supervisor, :start_link, [opts]},
      type: :supervisor
    }
  end

  def start_link(options \\ []) do
    {restart, options} = Keyword.pop(options, :restart)
    {shutdown, options} = Keyword.pop(options, :shutdown)
    keys = [:max_children, :max_seconds, :max_restarts]
    {sup_opts, start_opts} = Keyword.split(options, keys)
    restart_and_shutdown = {restart || :temporary, shutdown || 5000}
    DynamicSupervisor.start_link(__MODULE__, {restart_and_shutdown, sup_opts}, start_opts)
  end

  @doc false
  def init({{_restart, _shutdown} = arg, options}) do
    Process.put(__MODULE__, arg)
    DynamicSupervisor.init([strategy: :one_for_one] ++ options)
  end

  def async(supervisor, fun, options \\ []) do
    async(supervisor, :erlang, :apply, [fun, []], options)
  end

  def async(supervisor, module, fun, args, options \\ []) do
    async(supervisor, :link, module, fun, args, options)
  end

  def async_nolink(supervisor, fun, options \\ []) do
    async_nolink(supervisor, :erlang, :apply, [fun, []], options)
  end

  def async_nolink(supervisor, module, fun, args, options \\ []) do
    async(supervisor, :nolink, module, fun, args, options)
  end

  def async_stream(supervisor, enumerable, fun, options \\ []) when is_function(fun, 1) do
    build_stream(supervisor, :link, enumerable, fun, options)
  end

  def async_stream(supervisor, enumerable, module, function, args, options)
      when is_atom(module) and is_atom(function) and is_list(args) do
    build_stream(supervisor, :link, enumerable, {module, function, args}, options)
  end

  def async_stream_nolink(supervisor, enumerable, fun, options \\ []) when is_function(fun, 1) do
    build_stream(supervisor, :nolink, enumerable, fun, options)
  end

  def async_stream_nolink(supervisor, enumerable, module, function, args, options)
      when is_atom(module) and is_atom(function) and is_list(args) do
    build_stream(supervisor, :nolink, enumerable, {module, function, args}, options)
  end

  def terminate_child(supervisor, pid) when is_pid(pid) do
    DynamicSupervisor.terminate_child(supervisor, pid)
  end

  def children(supervisor) do
    for {_, pid, _, _} <- DynamicSupervisor.which_children(supervisor), is_pid(pid), do: pid
  end

  def start_child(supervisor, fun, options \\ []) do
    restart = options[:restart]
    shutdown = options[:shutdown]
    args = [Task.get_owner(self()), Task.get_callers(self()), {:erlang, :apply, [fun, []]}]
    start_child_with_spec(supervisor, args, restart, shutdown)
  end

  def start_child(supervisor, module, fun, args, options \\ []) do
    restart = options[:restart]
    shutdown = options[:shutdown]
    args = [Task.get_owner(self()), Task.get_callers(self()), {module, fun, args}]
    start_child_with_spec(supervisor, args, restart, shutdown)
  end

  defp start_child_with_spec(supervisor, args, restart, shutdown) do
    # The restart and shutdown given to start_link are the defaults; the
    # supervisor keeps them in its process dictionary.
    {default_restart, default_shutdown} = defaults(supervisor)

    spec = %{
      id: Task.Supervised,
      start: {Task.Supervised, :start_link, args},
      restart: restart || default_restart,
      shutdown: shutdown || default_shutdown
    }

    DynamicSupervisor.start_child(supervisor, spec)
  end

  defp defaults(supervisor) do
    pid = GenServer.whereis(supervisor)

    case pid && Process.info(pid, :dictionary) do
      {:dictionary, dict} ->
        case List.keyfind(dict, __MODULE__, 0) do
          {_, value} -> value
          nil -> {:temporary, 5000}
        end

      _ ->
        {:temporary, 5000}
    end
  end

  defp async(supervisor, link_type, module, fun, args, options) do
    owner = self()
    shutdown = options[:shutdown]

    case start_child_with_spec(supervisor, [Task.get_owner(owner), :monitor], :temporary, shutdown) do
      {:ok, pid} ->
        if link_type == :link, do: Process.link(pid)
        ref = Process.monitor(pid)
        send(pid, {owner, ref, owner, Task.get_callers(owner), {module, fun, args}})
        %Task{pid: pid, ref: ref, owner: owner, mfa: {module, fun, length(args)}}

      {:error, :max_children} ->
        raise """
        reached the maximum number of tasks for this task supervisor. The maximum number \
        of tasks that are allowed to run at the same time under this supervisor can be \
        configured with the :max_children option passed to Task.Supervisor.start_link/1\
        """
    end
  end

  defp build_stream(supervisor, link_type, enumerable, fun, options) do
    shutdown = options[:shutdown]

    Task.Supervised.stream(enumerable, fun, options, fn owner ->
      case start_child_with_spec(supervisor, [owner, :monitor], :temporary, shutdown) do
        {:ok, pid} ->
          if link_type == :link, do: Process.link(pid)
          {:ok, pid}

        {:error, :max_children} ->
          raise "reached the maximum number of tasks for this task supervisor"
      end
    end)
  end
end
