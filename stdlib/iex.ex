# The REPL (docs/repl.md), after Elixir 1.14's IEx: IEx.Server reads
# entries with a `read` function, evaluates each one in an evaluator
# process of its own and keeps the bindings; IEx.Helpers (stdlib/
# iex_helpers.ex) is imported into every entry. The terminal front end
# (tools/repl.cpp) reads lines with libedit through :vial_repl natives and
# calls IEx.CLI.local/0; `vial attach` runs IEx.Server.run/1 in a node with
# a read function and a group leader of its own.
defmodule IEx do
  @doc false
  # What a helper returns when the REPL should print nothing.
  def dont_display_result, do: :"do not show this result in output"

  @doc "Whether the calling process runs inside a REPL evaluation."
  def started?, do: is_pid(Process.get(:iex_server))

  # The IEx default colours (IEx.Config in Elixir 1.14): the rest of a
  # result is in the eval_result colour (yellow).
  @doc false
  def syntax_colors do
    [reset: [:yellow], atom: :cyan, string: :green, list: :default_color, boolean: :magenta,
     nil: :magenta, tuple: :default_color, binary: :default_color, map: :default_color]
  end

  @doc false
  def color(kind, text) do
    if Process.get(:iex_colors) do
      [IO.ANSI.format_fragment(color_of(kind), true), text, IO.ANSI.reset()] |> IO.iodata_to_binary()
    else
      text
    end
  end

  defp color_of(:eval_result), do: [:yellow]
  defp color_of(:eval_error), do: [:red]
  defp color_of(:eval_interrupt), do: [:yellow]
  defp color_of(:eval_info), do: [:normal]
  defp color_of(:stack_info), do: [:red]
  defp color_of(:doc_heading), do: [:reverse, :yellow]
  defp color_of(:doc_title), do: [:cyan, :bright]
  defp color_of(_), do: []

  @doc false
  def inspect_opts do
    base = [pretty: true, width: 80]
    if Process.get(:iex_colors), do: [syntax_colors: syntax_colors()] ++ base, else: base
  end
end

defmodule IEx.Server do
  @moduledoc """
  The REPL loop. `run/1` reads entries in the calling process until the end
  of input and evaluates each in an evaluator process (a new one replaces it
  when it dies or is interrupted). Output goes to the calling process's group
  leader. While an evaluation runs, the message `{IEx.Server, :interrupt}`
  kills it and the loop goes on (Ctrl-C).
  """

  @doc """
  Runs the REPL in the calling process; returns `:ok` at the end of input.

  Options:
    * `:read` - `fn prompt, var_names -> {:ok, line} | :eof | :interrupt end`:
      reads one line (without its newline); `var_names` are the names of
      the bound variables (strings), for completion. Default: IO.gets/1 on
      the group leader.
    * `:colors` - IEx's syntax colours in results and errors (default false)
    * `:banner` - print the banner first (default true)
    * `:on_entry` - `fn entry -> any end`, called with each complete entry
      (its lines joined with newlines) before it runs: the history.
  """
  def run(opts \\ []) do
    read = Keyword.get(opts, :read) || (&gets/2)
    colors = Keyword.get(opts, :colors, false) == true
    Process.put(:iex_colors, colors)
    if Keyword.get(opts, :banner, true), do: IO.write(banner() <> "\n")

    state = %{
      read: read,
      on_entry: Keyword.get(opts, :on_entry),
      colors: colors,
      binding: [],
      counter: 1,
      results: %{},
      env: [],
      evaluator: nil,
      monitor: nil
    }

    state = start_evaluator(state)
    loop(state, "")
  end

  @doc false
  def banner do
    version =
      try do
        :vial_repl.version()
      rescue
        _ -> System.version()
      end

    "Interactive Vial (#{version}) - press Ctrl+D to exit (type h() ENTER for help)"
  end

  defp gets(prompt, _vars) do
    case IO.gets(prompt) do
      :eof -> :eof
      {:error, _} -> :eof
      line -> {:ok, String.trim_trailing(line, "\n")}
    end
  end

  defp prompt("", n), do: "vial(#{n})> "
  defp prompt(_, n), do: "...(#{n})> "

  defp loop(state, buffer) do
    flush_interrupts()
    state = check_evaluator(state)
    vars = for {name, _} <- state.binding, is_atom(name), uniq: true, do: Atom.to_string(name)

    case state.read.(prompt(buffer, state.counter), vars) do
      {:ok, line} when is_binary(line) ->
        code = buffer <> line <> "\n"

        cond do
          buffer == "" and String.trim(line) == "" ->
            loop(state, "")

          # iex's way out of an incomplete entry.
          buffer != "" and String.trim(line) == "#iex:break" ->
            message = "** (TokenMissingError) iex:#{state.counter}: incomplete expression\n\n"
            IO.write(IEx.color(:eval_error, message))
            loop(state, "")

          true ->
            entry(state, code)
        end

      :interrupt ->
        loop(state, "")

      _eof ->
        stop(state)
    end
  end

  defp entry(state, code) do
    case parse(code, state.counter) do
      :incomplete ->
        loop(state, code)

      parsed ->
        if f = state.on_entry, do: f.(String.trim_trailing(code, "\n"))

        state =
          case parsed do
            {:ok, form} -> eval(state, form)
            {:error, e} -> print_error(state, :error, e, []) && state
          end

        loop(state, "")
    end
  end

  defp stop(state) do
    Process.demonitor(state.monitor, [:flush])
    Process.exit(state.evaluator, :kill)
    :ok
  end

  # :incomplete while the reader wants more (iex continues on a
  # TokenMissingError: an unterminated do, fn, bracket, string or heredoc,
  # or an expression that ends in an operator).
  defp parse(code, line) do
    try do
      {:ok, Code.string_to_quoted!(code, file: "iex", line: line)}
    rescue
      TokenMissingError -> :incomplete
      e -> {:error, e}
    end
  end

  # An evaluator that died between entries (a linked process's exit):
  # reported before the prompt, and replaced.
  defp check_evaluator(%{monitor: monitor} = state) do
    receive do
      {:DOWN, ^monitor, :process, pid, reason} -> evaluator_down(state, pid, reason)
    after
      0 -> state
    end
  end

  defp evaluator_down(state, pid, reason) do
    text = "** (EXIT from #{inspect(pid)}) shell process exited with reason: " <> Exception.format_exit(reason)
    IO.write(IEx.color(:eval_error, text) <> "\n")
    start_evaluator(state)
  end

  defp flush_interrupts do
    receive do
      {IEx.Server, :interrupt} -> flush_interrupts()
    after
      0 -> :ok
    end
  end

  defp start_evaluator(state) do
    server = self()
    colors = state.colors
    {pid, ref} = spawn_monitor(fn -> IEx.Evaluator.init(server, colors) end)
    %{state | evaluator: pid, monitor: ref}
  end

  defp eval(state, form) do
    # The evaluator may have died while the line was read.
    state = check_evaluator(state)
    ref = make_ref()
    send(state.evaluator, {:eval, self(), ref, form, state.binding, state.env, state.counter})
    wait(state, ref, form)
  end

  defp wait(state, ref, form) do
    monitor = state.monitor

    receive do
      {^ref, :ok, value, binding} ->
        unless value == IEx.dont_display_result() do
          IO.write(IEx.color(:eval_result, inspect(value, IEx.inspect_opts())) <> "\n")
        end

        %{state | binding: binding, env: state.env ++ env_forms(form),
                  results: Map.put(state.results, state.counter, value), counter: state.counter + 1}

      {^ref, :error, kind, reason, stacktrace} ->
        print_error(state, kind, reason, stacktrace)
        state

      {IEx.Server, :request, from, req_ref, request} ->
        send(from, {req_ref, answer(state, request)})
        wait(state, ref, form)

      {IEx.Server, :interrupt} ->
        # The evaluator is gone before the next prompt (unless it sits in
        # a builtin that does not return, e.g. reading a terminal).
        Process.exit(state.evaluator, :kill)

        receive do
          {:DOWN, ^monitor, :process, _, _} -> :ok
        after
          5000 -> Process.demonitor(monitor, [:flush])
        end

        IO.write(IEx.color(:eval_interrupt, "** (EXIT) interrupted") <> "\n")
        start_evaluator(state)

      {:DOWN, ^monitor, :process, pid, reason} ->
        evaluator_down(state, pid, reason)
    end
  end

  # v/1: the result of entry n (negative: counted back from the last one).
  defp answer(state, {:result, n}) when is_integer(n) do
    n = if n < 0, do: state.counter + n, else: n

    case Map.fetch(state.results, n) do
      {:ok, value} -> {:ok, value}
      :error -> :error
    end
  end

  defp answer(_state, _), do: :error

  # alias, import and require at the top of an entry stay in force for the
  # entries after it, as in iex.
  defp env_forms({:__block__, _, forms}), do: Enum.flat_map(forms, &env_forms/1)
  defp env_forms({kind, _, _} = form) when kind in [:alias, :import, :require], do: [form]
  defp env_forms(_), do: []

  defp print_error(_state, kind, reason, stacktrace) do
    IO.write(IEx.color(:eval_error, IEx.Evaluator.format_error(kind, reason, stacktrace)))
    true
  end
end

defmodule IEx.Evaluator do
  @moduledoc false

  def init(server, colors) do
    Process.put(:iex_server, server)
    Process.put(:iex_colors, colors)
    loop(server)
  end

  defp loop(server) do
    receive do
      {:eval, ^server, ref, form, binding, env, counter} ->
        Process.put(:iex_counter, counter)
        block = {:__block__, [], [quote(do: import(IEx.Helpers, warn: false)) | env] ++ [form]}

        reply =
          try do
            {value, binding} = Code.eval_quoted(block, binding, file: "iex")
            {ref, :ok, value, binding}
          rescue
            e -> {ref, :error, :error, e, __STACKTRACE__}
          catch
            kind, reason -> {ref, :error, kind, reason, __STACKTRACE__}
          end

        send(server, reply)
        loop(server)
    end
  end

  # The report iex prints: the banner and the stack trace without the
  # frames of the evaluation machinery.
  def format_error(kind, reason, stacktrace) do
    {reason, stacktrace} = Exception.blame(kind, reason, stacktrace)

    banner = Exception.format_banner(kind, reason, stacktrace)
    trace = prune(stacktrace)

    case trace do
      [] -> banner <> "\n\n"
      _ -> banner <> "\n" <> Enum.map_join(trace, "", &("    " <> Exception.format_stacktrace_entry(&1) <> "\n"))
    end
  end

  defp prune(stacktrace) do
    stacktrace
    |> Enum.take_while(fn entry -> not eval_frame?(entry) end)
    |> Enum.reject(&internal?/1)
  end

  defp eval_frame?({mod, :__eval__, _, _}), do: eval_module?(mod)
  defp eval_frame?({Code, fun, _, _}) when fun in [:eval_quoted, :eval_string], do: true
  defp eval_frame?({IEx.Evaluator, _, _, _}), do: true
  defp eval_frame?(_), do: false

  # The entry's own code (anonymous functions in it) runs in its eval
  # module: iex shows no frames of it either (Elixir interprets entries).
  defp internal?({mod, _, _, _}), do: mod in [IEx.Server, IEx.Evaluator] or eval_module?(mod)
  defp internal?(_), do: false

  defp eval_module?(mod) when is_atom(mod), do: String.starts_with?(Atom.to_string(mod), "elixir_eval_")
  defp eval_module?(_), do: false
end

defmodule IEx.CLI do
  @moduledoc false

  # The terminal front end: tools/repl.cpp registers the :vial_repl natives
  # (libedit) and runs this as the main process.
  def local do
    :vial_repl.set_server(self())

    IEx.Server.run(
      read: &:vial_repl.read_line/2,
      colors: IO.ANSI.enabled?(),
      on_entry: &:vial_repl.add_history/1
    )
  end
end
