# ExUnit.Runner: runs test modules and reports as ExUnit 1.14's CLI
# formatter does (after lib/ex_unit/lib/ex_unit/runner.ex and
# cli_formatter.ex). Modules run one after another (async ones first); each
# module's setup_all runs in a process of its own, which then runs each test
# in a process of its own. docs/exunit.md.
defmodule ExUnit.Runner do

  def run(modules, config) do
    started = System.monotonic_time(:microsecond)
    load_us = started - (Process.get(:ex_unit_load_started) || started)
    seed = config[:seed] || default_seed()
    config = Keyword.put(config, :seed, seed)
    include = config[:include] || []
    exclude = config[:exclude] || []
    print_filters(include, exclude)

    state = %{
      seed: seed,
      trace: config[:trace] == true,
      width: 80,
      test_counter: %{},
      failure_counter: 0,
      skipped_counter: 0,
      excluded_counter: 0,
      invalid_counter: 0,
      max_failures: config[:max_failures] || :infinity,
      aborted: false
    }

    # ExUnit.Server hands modules out latest first, and does not shuffle
    # them (only each module's tests).
    {async, sync} = Enum.split_with(Enum.reverse(modules), fn m -> m.__ex_unit__(:async) end)

    async_started = System.monotonic_time(:microsecond)
    state = Enum.reduce(async, state, &run_module(&1, config, &2))
    async_us = if async == [], do: nil, else: System.monotonic_time(:microsecond) - async_started
    state = Enum.reduce(sync, state, &run_module(&1, config, &2))
    run_us = System.monotonic_time(:microsecond) - started

    if state.aborted, do: IO.write("--max-failures reached, aborting test suite")

    total = Enum.reduce(state.test_counter, 0, fn {_, n}, acc -> acc + n end)

    if total > 0 and state.excluded_counter == total do
      IO.puts("All tests have been excluded.")
    end

    IO.write("\n")
    IO.puts(ExUnit.Formatter.format_times(%{run: run_us, async: async_us, load: load_us}))
    print_summary(state)
    %{
      failures: state.failure_counter,
      invalid: state.invalid_counter,
      skipped: state.skipped_counter,
      excluded: state.excluded_counter,
      total: total
    }
  end

  defp default_seed do
    rem(System.system_time(:microsecond), 1_000_000)
  end

  defp shuffle(0, list), do: list

  defp shuffle(seed, list) do
    :rand.seed(:exsss, {seed, seed, seed})
    Enum.shuffle(list)
  end

  defp print_filters([], []), do: :ok

  defp print_filters(include, exclude) do
    if exclude != [], do: IO.puts(ExUnit.Formatter.format_filters(exclude, :exclude))
    if include != [], do: IO.puts(ExUnit.Formatter.format_filters(include, :include))
    IO.puts("")
  end

  defp print_summary(state) do
    counts =
      state.test_counter
      |> Enum.sort()
      |> Enum.map(fn {type, count} ->
        type = Atom.to_string(type)
        "#{count} #{if count == 1, do: type, else: ExUnit.plural_rule(type)}, "
      end)

    failure_pl = if state.failure_counter == 1, do: "failure", else: "failures"
    message = "#{counts}#{state.failure_counter} #{failure_pl}"
    message = if state.excluded_counter > 0, do: message <> ", #{state.excluded_counter} excluded", else: message
    message = if state.invalid_counter > 0, do: message <> ", #{state.invalid_counter} invalid", else: message
    message = if state.skipped_counter > 0, do: message <> ", #{state.skipped_counter} skipped", else: message
    IO.puts(message)
    IO.puts("\nRandomized with seed #{state.seed}")
  end

  ## Modules

  defp run_module(_module, _config, %{aborted: true} = state), do: state

  defp run_module(module, config, state) do
    test_module = module.__ex_unit__()
    callbacks = module.__ex_unit__(:callbacks)
    include = config[:include] || []
    exclude = config[:exclude] || []

    tests =
      Enum.map(test_module.tests, fn test ->
        tags = Map.merge(test.tags, %{test: test.name, module: test.module})

        case ExUnit.Filters.eval(include, exclude, tags, test_module.tests) do
          :ok -> test
          {:excluded, msg} -> %{test | state: {:excluded, msg}}
          {:skipped, msg} -> %{test | state: {:skipped, msg}}
        end
      end)

    tests = shuffle(config[:seed], tests)
    to_run = Enum.filter(tests, &is_nil(&1.state))

    if config[:trace] == true do
      IO.puts("\n#{inspect(module)} [#{ExUnit.Case.__relative__(test_module.file)}]")
    end

    # Excluded and skipped tests are reported first, as ExUnit does.
    state =
      tests
      |> Enum.reject(&is_nil(&1.state))
      |> Enum.reduce(state, fn test, state ->
        test_started(test, state)
        test_finished(test, state)
      end)

    if to_run == [] do
      state
    else
      parent = self()

      {pid, ref} =
        spawn_monitor(fn ->
          Process.put(:ex_unit_config, config)
          result = module_process(module, test_module, callbacks, to_run, config, state)
          send(parent, {self(), :module_finished, result})
        end)

      receive do
        {^pid, :module_finished, state} ->
          Process.demonitor(ref, [:flush])
          state

        {:DOWN, ^ref, :process, ^pid, reason} ->
          failures = [{{:EXIT, pid}, reason, []}]
          module_failed(%{test_module | tests: to_run}, failures, state)
      end
    end
  end

  defp module_process(module, test_module, callbacks, tests, config, state) do
    Process.put(:ex_unit_on_exit, [])
    context = %{module: module, case: module, file: test_module.file}

    setup_all = for {:setup_all, _, list} <- callbacks, cb <- list, do: cb

    result =
      try do
        {:ok, run_callbacks(module, setup_all, context)}
      catch
        kind, reason -> {:error, [{kind, normalize(kind, reason, __STACKTRACE__), prune(__STACKTRACE__)}]}
      end

    state =
      case result do
        {:ok, context} ->
          Enum.reduce(tests, state, fn
            _test, %{aborted: true} = state ->
              state

            test, state ->
              test_started(test, state)
              test = run_test(module, test, context, callbacks, config)
              state = test_finished(test, state)
              check_max_failures(state)
          end)

        {:error, failures} ->
          module_failed(%{test_module | tests: tests}, failures, state)
      end

    callbacks = Process.get(:ex_unit_on_exit) || []
    errors = run_on_exit(callbacks)

    if errors == [] do
      state
    else
      module_failed(%{test_module | tests: []}, errors, state)
    end
  end

  defp check_max_failures(%{max_failures: max, failure_counter: n} = state) when is_integer(max) and n >= max,
    do: %{state | aborted: true}

  defp check_max_failures(state), do: state

  defp module_failed(test_module, failures, state) do
    state =
      Enum.reduce(test_module.tests, state, fn test, state ->
        test_finished(%{test | state: {:invalid, test_module}}, state)
      end)

    # ExUnit numbers it with the failures so far, and does not count it.
    formatted =
      ExUnit.Formatter.format_test_all_failure(test_module, failures, state.failure_counter, 80, fn _, msg ->
        msg
      end)

    print_failure(formatted, state)
    state
  end

  ## Tests

  defp run_test(module, test, module_context, callbacks, config) do
    parent = self()
    timeout = Map.get(test.tags, :timeout, config[:timeout] || 60_000)

    context =
      module_context
      |> Map.merge(test.tags)
      |> Map.merge(%{test: test.name, module: module, case: module})

    setups =
      for({:setup, nil, list} <- callbacks, cb <- list, do: cb) ++
        for {:setup, describe, list} <- callbacks, describe != nil, describe == test.tags.describe, cb <- list, do: cb

    started = System.monotonic_time(:microsecond)

    {pid, ref} =
      spawn_monitor(fn ->
        Process.put(:ex_unit_config, config)
        Process.put(:ex_unit_on_exit, {:owner, parent})

        result =
          try do
            context = run_callbacks(module, setups, context)
            apply(module, test.name, [context])
            nil
          catch
            kind, reason ->
              stack = Process.delete(:ex_unit_stacktrace) || prune(__STACKTRACE__)
              {:failed, [{kind, normalize(kind, reason, __STACKTRACE__), stack}]}
          end

        send(parent, {self(), :test_finished, result})
        exit(:shutdown)
      end)

    {state, on_exit} = receive_test(pid, ref, timeout, [])
    time = System.monotonic_time(:microsecond) - started

    state =
      case run_on_exit(on_exit) do
        [] -> state
        errors -> {:failed, failures_of(state) ++ errors}
      end

    %{test | state: state, time: time}
  end

  defp failures_of({:failed, failures}), do: failures
  defp failures_of(_), do: []

  defp receive_test(pid, ref, timeout, on_exit) do
    receive do
      {:ex_unit_on_exit, ^pid, name, fun} ->
        receive_test(pid, ref, timeout, [{name, fun} | List.keydelete(on_exit, name, 0)])

      {^pid, :test_finished, result} ->
        receive do
          {:DOWN, ^ref, :process, ^pid, _} -> :ok
        end

        {result, on_exit}

      {:DOWN, ^ref, :process, ^pid, reason} ->
        {{:failed, [{{:EXIT, pid}, reason, []}]}, on_exit}
    after
      timeout ->
        Process.exit(pid, :kill)

        receive do
          {:DOWN, ^ref, :process, ^pid, _} -> :ok
        end

        {{:failed, [{:error, %ExUnit.TimeoutError{timeout: timeout, type: "test"}, []}]}, on_exit}
    end
  end

  # Each on_exit callback in a process of its own, the latest first.
  defp run_on_exit(callbacks) do
    Enum.flat_map(callbacks, fn {_name, fun} ->
      {pid, ref} =
        spawn_monitor(fn ->
          try do
            fun.()
          catch
            kind, reason ->
              exit({:ex_unit_on_exit, {kind, normalize(kind, reason, __STACKTRACE__), prune(__STACKTRACE__)}})
          end

          exit(:shutdown)
        end)

      receive do
        {:DOWN, ^ref, :process, ^pid, :shutdown} -> []
        {:DOWN, ^ref, :process, ^pid, {:ex_unit_on_exit, failure}} -> [failure]
        {:DOWN, ^ref, :process, ^pid, reason} -> [{{:EXIT, pid}, reason, []}]
      end
    end)
  end

  defp run_callbacks(module, callbacks, context) do
    Enum.reduce(callbacks, context, fn callback, context ->
      result =
        case callback do
          {m, f} -> apply(m, f, [context])
          name -> module.__ex_unit__(name, context)
        end

      merge(module, callback, context, result)
    end)
  end

  defp merge(_mod, _cb, context, :ok), do: context
  defp merge(mod, cb, context, {:ok, value}), do: merge(mod, cb, context, value)

  defp merge(mod, _cb, context, data) when is_list(data) or is_map(data) do
    if is_list(data) and not Keyword.keyword?(data) do
      raise_merge_failed!(mod, data)
    end

    Enum.reduce(data, context, fn {k, v}, acc ->
      if k in [:test, :module, :case, :file, :line, :async, :describe, :registered, :test_type, :describe_line] and
           Map.get(context, k) != v do
        raise "ExUnit callback in #{inspect(mod)} is trying to set " <>
                "reserved field #{inspect(k)} to #{inspect(v)}"
      end

      Map.put(acc, k, v)
    end)
  end

  defp merge(mod, _cb, _context, other), do: raise_merge_failed!(mod, other)

  defp raise_merge_failed!(mod, return_value) do
    raise "expected ExUnit callback in #{inspect(mod)} to return :ok | keyword | map, " <>
            "got #{inspect(return_value)} instead"
  end

  defp normalize(:error, reason, stack), do: Exception.normalize(:error, reason, stack)
  defp normalize(_kind, reason, _stack), do: reason

  # The stack trace up to the test or callback (ExUnit drops the runner's
  # frames).
  defp prune([{ExUnit.Runner, _, _, _} | _]), do: []
  defp prune([{ExUnit.Assertions, _, _, _} | t]), do: prune(t)
  defp prune([h | t]), do: [h | prune(t)]
  defp prune([]), do: []

  ## Reporting (ExUnit.CLIFormatter)

  defp test_started(test, state) do
    if state.trace, do: IO.write("#{trace_name(test)} [L##{test.tags.line}]")
  end

  defp trace_name(test), do: String.replace("  * #{test.name}", "\n", " ")

  defp test_finished(%ExUnit.Test{state: nil} = test, state) do
    if state.trace do
      IO.puts("\r#{trace_name(test)} (#{trace_time(test)}) [L##{test.tags.line}]")
    else
      IO.write(".")
    end

    count(state, test)
  end

  defp test_finished(%ExUnit.Test{state: {:excluded, _}} = test, state) do
    if state.trace, do: IO.puts("\r#{trace_name(test)} (excluded) [L##{test.tags.line}]")
    state = count(state, test)
    %{state | excluded_counter: state.excluded_counter + 1}
  end

  defp test_finished(%ExUnit.Test{state: {:skipped, _}} = test, state) do
    if state.trace do
      IO.puts("\r#{trace_name(test)} (skipped) [L##{test.tags.line}]")
    else
      IO.write("*")
    end

    state = count(state, test)
    %{state | skipped_counter: state.skipped_counter + 1}
  end

  defp test_finished(%ExUnit.Test{state: {:invalid, _}} = test, state) do
    if state.trace do
      IO.puts("\r#{trace_name(test)} (#{trace_time(test)}) [L##{test.tags.line}]")
    else
      IO.write("?")
    end

    state = count(state, test)
    %{state | invalid_counter: state.invalid_counter + 1}
  end

  defp test_finished(%ExUnit.Test{state: {:failed, failures}} = test, state) do
    if state.trace, do: IO.puts("\r#{trace_name(test)} (#{trace_time(test)}) [L##{test.tags.line}]")
    counter = state.failure_counter + 1

    formatted =
      ExUnit.Formatter.format_test_failure(test, failures, counter, state.width, fn _, msg -> msg end)

    print_failure(formatted, state)
    state = count(state, test)
    %{state | failure_counter: counter}
  end

  defp trace_time(%{time: time}) do
    us = div(time, 10)

    if us < 10 do
      "0.0#{us}ms"
    else
      us = div(us, 10)
      "#{div(us, 10)}.#{rem(us, 10)}ms"
    end
  end

  defp print_failure(formatted, state) do
    if state.trace, do: IO.puts(""), else: IO.puts("\n")
    IO.puts(formatted)
  end

  defp count(state, %{tags: %{test_type: type}}) do
    %{state | test_counter: Map.update(state.test_counter, type, 1, &(&1 + 1))}
  end
end

defmodule ExUnit.Filters do
  def parse(filters), do: Enum.map(filters, &parse_filter/1)

  defp parse_filter(filter) do
    case String.split(filter, ":", parts: 2) do
      [key, value] -> {String.to_atom(key), value}
      [key] -> String.to_atom(key)
    end
  end

  def eval(include, exclude, tags, collection) when is_map(tags) do
    excluded = Enum.find_value(exclude, &has_tag(&1, tags, collection))
    excluded? = excluded != nil
    included? = Enum.any?(include, &has_tag(&1, tags, collection))

    if included? or not excluded? do
      skip_tag = %{skip: Map.get(tags, :skip, true)}
      skip_included_explicitly? = Enum.any?(include, &has_tag(&1, skip_tag, collection))

      case Map.fetch(tags, :skip) do
        {:ok, msg} when is_binary(msg) and not skip_included_explicitly? -> {:skipped, msg}
        {:ok, true} when not skip_included_explicitly? -> {:skipped, "due to skip tag"}
        _ -> :ok
      end
    else
      {:excluded, "due to #{excluded} filter"}
    end
  end

  defp has_tag({:line, line}, %{line: _, describe_line: describe_line} = tags, collection) do
    line = to_integer(line)

    cond do
      describe_line == line ->
        true

      Enum.any?(collection, fn %{tags: %{describe_line: dl}} -> line == dl end) ->
        false

      true ->
        closest =
          Enum.min_by(collection, fn %{tags: %{line: test_line}} ->
            if line - test_line >= 0, do: line - test_line, else: :infinity
          end)

        tags.line <= line and closest.tags.line == tags.line
    end
  end

  defp has_tag(pair, tags, _collection), do: has_tag(pair, tags)

  defp has_tag({key, %{__struct__: Regex} = value}, tags) when is_atom(key) do
    case Map.fetch(tags, key) do
      {:ok, tag} -> Regex.match?(value, to_string(tag)) and key
      _ -> false
    end
  end

  defp has_tag({key, value}, tags) when is_atom(key) do
    case Map.fetch(tags, key) do
      {:ok, ^value} -> key
      {:ok, tag} -> compare(to_string(tag), to_string(value)) and key
      _ -> false
    end
  end

  defp has_tag(key, tags) when is_atom(key), do: Map.has_key?(tags, key) and key

  defp to_integer(integer) when is_integer(integer), do: integer
  defp to_integer(integer) when is_binary(integer), do: String.to_integer(integer)

  defp compare("Elixir." <> tag1, tag2), do: compare(tag1, tag2)
  defp compare(tag1, "Elixir." <> tag2), do: compare(tag1, tag2)
  defp compare(tag, tag), do: true
  defp compare(_, _), do: false
end
