# ExUnit: configuration, the test structs, ExUnit.Case and ExUnit.Callbacks
# (after Elixir 1.14's lib/ex_unit/lib/ex_unit.ex, case.ex and
# callbacks.ex). The runner is stdlib/ex_unit_runner.ex and `vial test` is
# ExUnit.CLI. docs/exunit.md says how this differs from Elixir's (no
# ExUnit.Server: `vial test` asks the VM which modules each file defined).
defmodule ExUnit.Test do
  defstruct [:name, :case, :module, :state, time: 0, tags: %{}, logs: ""]
end

defmodule ExUnit.TestModule do
  defstruct [:file, :name, :state, tests: []]
end

defmodule ExUnit.TestCase do
  defstruct [:name, :state, tests: []]
end

defmodule ExUnit.TimeoutError do
  defexception [:timeout, :type]

  def message(%{timeout: timeout, type: type}) do
    """
    #{type} timed out after #{timeout}ms. You can change the timeout:

      1. per test by setting "@tag timeout: x" (accepts :infinity)
      2. per test module by setting "@moduletag timeout: x" (accepts :infinity)
      3. globally via "ExUnit.start(timeout: x)" configuration
      4. by running "mix test --timeout x" which sets timeout
      5. or by running "mix test --trace" which sets timeout to infinity
         (useful when using IEx.pry/0)

    where "x" is the timeout given as integer in milliseconds (defaults to 60_000).
    """
  end
end

defmodule ExUnit.DuplicateTestError do
  defexception [:message]
end

defmodule ExUnit.DuplicateDescribeError do
  defexception [:message]
end

defmodule ExUnit do
  @defaults [
    assert_receive_timeout: 100,
    refute_receive_timeout: 100,
    autorun: true,
    capture_log: false,
    colors: [],
    exclude: [],
    include: [],
    max_cases: 1,
    max_failures: :infinity,
    seed: nil,
    slowest: 0,
    stacktrace_depth: 20,
    timeout: 60_000,
    trace: false
  ]

  # The configuration lives in the process dictionary of the process that
  # loads and runs the tests (and is copied into each test's process).
  def start(options \\ []) do
    configure(options)
    :ok
  end

  def configure(options) when is_list(options) do
    options =
      Enum.map(options, fn
        {key, value} when key in [:include, :exclude] -> {key, List.wrap(value)}
        other -> other
      end)

    Process.put(:ex_unit_config, Keyword.merge(configuration(), options))
    :ok
  end

  def configuration do
    case Process.get(:ex_unit_config) do
      nil -> @defaults
      config -> config
    end
  end

  @doc false
  def __config__(key) do
    case Keyword.fetch(configuration(), key) do
      {:ok, value} -> value
      :error -> Keyword.get(@defaults, key)
    end
  end

  def plural_rule("doctest"), do: "doctests"
  def plural_rule("test"), do: "tests"
  def plural_rule(word), do: word <> "s"
  def plural_rule(_word, _plural), do: :ok

  def after_suite(_fun), do: :ok

  # Runs the test modules defined so far that have not run yet: what the
  # CLI calls, and what ExUnit.run/0 in a test file does.
  def run do
    ExUnit.Runner.run(ExUnit.CLI.take_new_modules(), configuration())
  end
end

defmodule ExUnit.Case do
  @reserved [:module, :file, :line, :test, :async, :registered, :describe]

  defmacro __using__(opts) do
    quote do
      ExUnit.Case.__register__(__MODULE__, unquote(opts))
      import ExUnit.Callbacks
      import ExUnit.Assertions
      import ExUnit.Case, only: [describe: 2, test: 1, test: 2, test: 3]
      import ExUnit.DocTest
      @before_compile ExUnit.Case
    end
  end

  @doc false
  def __register__(module, opts) do
    unless Keyword.keyword?(opts) do
      raise ArgumentError,
            ~s(the argument passed to "use ExUnit.Case" must be a list of options, ) <>
              ~s(got: #{inspect(opts)})
    end

    for attribute <- [:ex_unit_tests, :tag, :describetag, :moduletag, :ex_unit_callbacks, :ex_unit_describes] do
      Module.register_attribute(module, attribute, accumulate: true)
    end

    Module.put_attribute(module, :ex_unit_async, opts[:async] == true)
    :ok
  end

  defmacro test(message, var \\ quote(do: _), contents) do
    contents =
      case contents do
        [do: block] ->
          quote do
            unquote(block)
            :ok
          end

        _ ->
          quote do
            try(unquote(contents))
            :ok
          end
      end

    %{module: mod, file: file, line: line} = __CALLER__

    if is_binary(message) do
      name = __test_name__(mod, :test, message)

      quote do
        ExUnit.Case.register_test(unquote(mod), unquote(file), unquote(line), :test, unquote(message), [])
        def unquote(name)(unquote(var)), do: unquote(contents)
      end
    else
      # A computed name: the module body computes it, and the definition
      # takes it through an unquote fragment.
      fragment = {:unquote, [], [{:ex_unit_test_name, [], nil}]}

      quote do
        var!(ex_unit_test_name) =
          ExUnit.Case.register_test(unquote(mod), unquote(file), unquote(line), :test, unquote(message), [])

        def unquote(fragment)(unquote(var)), do: unquote(contents)
      end
    end
  end

  defmacro test(message) do
    %{module: mod, file: file, line: line} = __CALLER__

    if is_binary(message) do
      name = __test_name__(mod, :test, message)

      quote do
        ExUnit.Case.register_test(unquote(mod), unquote(file), unquote(line), :test, unquote(message), [
          :not_implemented
        ])

        def unquote(name)(_), do: flunk("Not implemented")
      end
    else
      fragment = {:unquote, [], [{:ex_unit_test_name, [], nil}]}

      quote do
        var!(ex_unit_test_name) =
          ExUnit.Case.register_test(unquote(mod), unquote(file), unquote(line), :test, unquote(message), [
            :not_implemented
          ])

        def unquote(fragment)(_), do: flunk("Not implemented")
      end
    end
  end

  defmacro describe(message, do: block) do
    quote do
      ExUnit.Case.__describe_start__(__MODULE__, unquote(__CALLER__.line), unquote(message))
      unquote(block)
      ExUnit.Case.__describe_end__(__MODULE__)
    end
  end

  @doc false
  def __describe_start__(module, line, message) do
    unless is_binary(message) do
      raise ArgumentError, "describe name must be a string, got: #{inspect(message)}"
    end

    if Module.get_attribute(module, :ex_unit_describe) do
      raise "cannot call \"describe\" inside another \"describe\". See the documentation " <>
              "for ExUnit.Case.describe/2 on named setups and how to handle hierarchies"
    end

    if message in Module.get_attribute(module, :ex_unit_describes) do
      raise ExUnit.DuplicateDescribeError,
            "describe #{inspect(message)} is already defined in #{inspect(module)}"
    end

    Module.put_attribute(module, :ex_unit_describes, message)
    Module.put_attribute(module, :ex_unit_describe, {line, message})
    Module.delete_attribute(module, :describetag)
    :ok
  end

  @doc false
  def __describe_end__(module) do
    Module.delete_attribute(module, :ex_unit_describe)
    Module.delete_attribute(module, :describetag)
    :ok
  end

  @doc false
  # The test's function name, while the module is compiled (a macro or the
  # module body asks).
  def __test_name__(mod, test_type, name) do
    case Module.get_attribute(mod, :ex_unit_describe) do
      {_line, describe} -> validate_test_name("#{test_type} #{describe} #{name}")
      nil -> validate_test_name("#{test_type} #{name}")
    end
  end

  defp validate_test_name(name) do
    if byte_size(name) > 255 do
      raise ArgumentError, """
      the computed name of a test (which includes its type, the name of its parent describe \
      block if present, and the test name itself) must be shorter than 255 characters, \
      got: #{inspect(name)}
      """
    end

    String.to_atom(name)
  end

  defmacro __before_compile__(env) do
    callbacks = Module.get_attribute(env.module, :ex_unit_callbacks) |> Enum.reverse()

    names =
      for({_kind, _describe, list} <- callbacks, name <- list, is_atom(name), do: name)
      |> Enum.uniq()

    # __ex_unit__(name, context) calls a setup function (private ones too);
    # not a tail call, so stack traces show it as Elixir's do.
    clauses =
      for name <- names do
        quote do
          def __ex_unit__(unquote(name), context) do
            result = unquote(name)(context)
            result
          end
        end
      end

    quote do
      unquote_splicing(clauses)

      def __ex_unit__ do
        %ExUnit.TestModule{file: unquote(env.file), name: __MODULE__, tests: Enum.reverse(@ex_unit_tests)}
      end

      def __ex_unit__(:callbacks), do: unquote(Macro.escape(callbacks))
      def __ex_unit__(:async), do: @ex_unit_async
    end
  end

  def register_test(%{module: mod, file: file, line: line}, test_type, name, tags) do
    register_test(mod, file, line, test_type, name, tags)
  end

  def register_test(mod, file, line, test_type, name, tags) do
    unless Module.has_attribute?(mod, :ex_unit_tests) do
      raise "cannot define #{test_type}. Please make sure you have invoked " <>
              "\"use ExUnit.Case\" in the current module"
    end

    moduletag = Module.get_attribute(mod, :moduletag) || []
    tag = Module.delete_attribute(mod, :tag) || []
    async = Module.get_attribute(mod, :ex_unit_async)
    test_name = __test_name__(mod, test_type, name)

    {describe, describe_line, describetag} =
      case Module.get_attribute(mod, :ex_unit_describe) do
        {line, describe} -> {describe, line, Module.get_attribute(mod, :describetag) || []}
        nil -> {nil, nil, []}
      end

    tags =
      (tags ++ tag ++ describetag ++ moduletag)
      |> normalize_tags()
      |> validate_tags()
      |> Map.merge(%{
        line: line,
        file: file,
        registered: %{},
        async: async,
        describe: describe,
        describe_line: describe_line,
        test_type: test_type
      })

    tags = %{tags | file: __relative__(file)}
    test = %ExUnit.Test{name: test_name, case: mod, tags: tags, module: mod}
    Module.put_attribute(mod, :ex_unit_tests, test)
    test_name
  end

  @doc false
  # Path.relative_to_cwd/1 of an absolute file.
  def __relative__("/" <> _ = path) do
    prefix = File.cwd!() <> "/"

    if String.starts_with?(path, prefix),
      do: binary_part(path, byte_size(prefix), byte_size(path) - byte_size(prefix)),
      else: path
  end

  def __relative__(path), do: path

  def register_attribute(_mod, _name, _opts \\ []), do: :ok
  def register_describe_attribute(_mod, _name, _opts \\ []), do: :ok
  def register_module_attribute(_mod, _name, _opts \\ []), do: :ok

  defp validate_tags(tags) do
    for tag <- @reserved, Map.has_key?(tags, tag) do
      raise "cannot set tag #{inspect(tag)} because it is reserved by ExUnit"
    end

    unless is_atom(tags[:type]),
      do: raise("value for tag \":type\" must be an atom")

    tags
  end

  defp normalize_tags(tags) do
    Enum.reduce(Enum.reverse(tags), %{}, fn
      {key, value}, acc -> Map.put(acc, key, value)
      tag, acc when is_atom(tag) -> Map.put(acc, tag, true)
      tag, acc when is_list(tag) -> Enum.into(tag, acc)
    end)
  end
end

defmodule ExUnit.Callbacks do
  defmacro __using__(_), do: :ok

  defmacro setup(block) do
    if Keyword.keyword?(block) and Keyword.has_key?(block, :do) do
      define(:setup, quote(do: _), block, __CALLER__.module)
    else
      quote do
        ExUnit.Callbacks.__callback__(__MODULE__, :setup, unquote(block))
      end
    end
  end

  defmacro setup(context, block), do: define(:setup, context, block, __CALLER__.module)

  defmacro setup_all(block) do
    if Keyword.keyword?(block) and Keyword.has_key?(block, :do) do
      define(:setup_all, quote(do: _), block, __CALLER__.module)
    else
      quote do
        ExUnit.Callbacks.__callback__(__MODULE__, :setup_all, unquote(block))
      end
    end
  end

  defmacro setup_all(context, block), do: define(:setup_all, context, block, __CALLER__.module)

  defp define(kind, var, block, module) do
    # Numbered per module and kind, as Elixir names them (stack traces).
    name = :"__ex_unit_#{kind}_#{ExUnit.Callbacks.__count__(module, kind)}"

    quote do
      ExUnit.Callbacks.__callback__(__MODULE__, unquote(kind), unquote(name))
      defp unquote(name)(unquote(var)), unquote(block)
    end
  end

  @doc false
  def __count__(module, kind) do
    counts = Module.get_attribute(module, :ex_unit_callback_counts) || %{}
    n = Map.get(counts, kind, 0)
    Module.put_attribute(module, :ex_unit_callback_counts, Map.put(counts, kind, n + 1))
    n
  end

  @doc false
  def __callback__(module, kind, callbacks) do
    callbacks = List.wrap(callbacks)

    for callback <- callbacks do
      unless is_atom(callback) or match?({m, f} when is_atom(m) and is_atom(f), callback) do
        raise ArgumentError,
              "setup/setup_all expect a callback name as an atom or " <>
                "a list of callback names, got: #{inspect(callback)}"
      end
    end

    describe =
      case Module.get_attribute(module, :ex_unit_describe) do
        {_line, name} ->
          if kind == :setup_all do
            raise "cannot invoke setup_all/1-2 inside describe as setup_all " <>
                    "always applies to all tests in a module"
          end

          name

        nil ->
          nil
      end

    Module.put_attribute(module, :ex_unit_callbacks, {kind, describe, callbacks})
    :ok
  end

  def on_exit(name_or_ref \\ make_ref(), callback) when is_function(callback, 0) do
    case Process.get(:ex_unit_on_exit) do
      {:owner, pid} ->
        send(pid, {:ex_unit_on_exit, self(), name_or_ref, callback})
        :ok

      list when is_list(list) ->
        Process.put(:ex_unit_on_exit, [{name_or_ref, callback} | List.keydelete(list, name_or_ref, 0)])
        :ok

      nil ->
        raise ArgumentError, "on_exit/2 callback can only be invoked from the test process"
    end
  end

  # No test supervisor: the child is started linked to the test process,
  # so it stops when the test does (docs/exunit.md).
  def start_supervised(child_spec, _options \\ []) do
    %{start: {m, f, a}} = spec = child_spec(child_spec)

    case apply(m, f, a) do
      {:ok, pid} ->
        id = Map.get(spec, :id, m)
        on_exit({:ex_unit_child, id}, fn -> :ok end)
        {:ok, pid}

      {:ok, pid, _info} ->
        {:ok, pid}

      {:error, reason} ->
        {:error, reason}

      :ignore ->
        {:error, :ignore}
    end
  end

  def start_supervised!(child_spec, options \\ []) do
    case start_supervised(child_spec, options) do
      {:ok, pid} ->
        pid

      {:error, reason} ->
        raise "failed to start child with the spec #{inspect(child_spec)}.\nReason: #{inspect(reason)}"
    end
  end

  def stop_supervised(_id), do: :ok

  defp child_spec(%{start: _} = spec), do: spec
  defp child_spec({module, arg}) when is_atom(module), do: module_spec(module, arg)
  defp child_spec(module) when is_atom(module), do: module_spec(module, [])

  defp module_spec(module, arg) do
    Code.ensure_loaded(module)

    if :erlang.function_exported(module, :child_spec, 1) do
      module.child_spec(arg)
    else
      %{id: module, start: {module, :start_link, [arg]}}
    end
  end
end
