# Supervisor.Spec: the child specifications of Elixir before 1.5 (deprecated
# in 1.14, still used by older code): tuples in OTP's
# {Id, {M, F, A}, Restart, Shutdown, Type, Modules} form and the
# {:ok, {{Strategy, MaxR, MaxS}, Children}} that an init/1 returns.
defmodule Supervisor.Spec do
  def supervise(children, options) do
    strategy = options[:strategy] || raise ArgumentError, "expected :strategy option to be given"
    max_restarts = Keyword.get(options, :max_restarts, 3)
    max_seconds = Keyword.get(options, :max_seconds, 5)
    assert_unique_ids(Enum.map(children, &elem(&1, 0)))
    {:ok, {{strategy, max_restarts, max_seconds}, children}}
  end

  defp assert_unique_ids([id | rest]) do
    if id in rest do
      raise ArgumentError,
            "duplicated ID #{inspect(id)} found in the supervisor specification, " <>
              "please explicitly pass the :id option when defining this worker/supervisor"
    else
      assert_unique_ids(rest)
    end
  end

  defp assert_unique_ids([]), do: :ok

  def worker(module, args, options \\ []), do: child(:worker, module, args, options)

  def supervisor(module, args, options \\ []) do
    child(:supervisor, module, args, Keyword.put_new(options, :shutdown, :infinity))
  end

  defp child(type, module, args, options) do
    id = Keyword.get(options, :id, module)
    modules = Keyword.get(options, :modules, if(module == GenEvent, do: :dynamic, else: [module]))
    function = Keyword.get(options, :function, :start_link)
    restart = Keyword.get(options, :restart, :permanent)
    shutdown = Keyword.get(options, :shutdown, 5000)
    {id, {module, function, args}, restart, shutdown, type, modules}
  end
end
