# The REPL helpers (IEx.Helpers, imported into every REPL entry), after
# Elixir 1.14's lib/iex/lib/iex/helpers.ex and introspection.ex. Docs (h/1)
# are read from the source file a module was defined in, as doctests do
# (:vial.defined_modules/1): modules compiled from a file have them; the
# built-in library and modules typed at the prompt were "not compiled with
# docs". docs/repl.md.
defmodule IEx.Helpers do
  @help """
  Welcome to Interactive Vial. You are currently seeing the documentation for
  the module `IEx.Helpers` which provides many helpers to make the shell more
  joyful to work with.

  This message was triggered by invoking the helper `h()`, usually referred to as
  `h/0` (since it expects 0 arguments).

  You can use the `h/1` function to invoke the documentation for any module or
  function compiled from a source file:

      iex> h(MyModule)
      iex> h(MyModule.fun)
      iex> h(MyModule.fun/1)

  You can also use the `i/1` function to introspect any value you have in the
  shell:

      iex> i("hello")

  There are other helpers available:

    * `c/1`            - compiles a file and loads its modules
    * `clear/0`        - clears the screen
    * `exports/1`      - shows all exports (functions + macros) in a module
    * `flush/0`        - flushes all messages sent to the shell
    * `h/0`            - prints this help message
    * `h/1`            - prints help for the given module, function or macro
    * `i/1`            - prints information about the given term
    * `r/1`            - recompiles the given module's source file
    * `v/0`            - retrieves the last value from the history
    * `v/1`            - retrieves the nth value from the history

  Ctrl+C interrupts the running evaluation; Ctrl+D on an empty line ends the
  session.
  """

  @doc "Prints the help of the REPL."
  def h do
    IEx.Introspection.print_doc("IEx.Helpers", @help)
    IEx.dont_display_result()
  end

  @doc "Prints the documentation of a module, a function or a function/arity."
  defmacro h(term) do
    quote do
      IEx.Introspection.h(unquote(IEx.Introspection.decompose(term, __CALLER__)))
    end
  end

  @doc "Prints information about the data type of any given term."
  def i(term) do
    info = [{"Term", inspect(term, IEx.inspect_opts())} | IEx.Info.info(term)] ++ [{"Implemented protocols", protocols(term)}]

    for {subject, value} <- info do
      IO.write(IEx.color(:doc_title, subject) <> "\n" <> indent(value) <> "\n")
    end

    IEx.dont_display_result()
  end

  defp indent(text), do: "  " <> String.replace(String.trim_trailing(to_string(text)), "\n", "\n  ")

  @protocols [Collectable, Enumerable, IEx.Info, Inspect, List.Chars, String.Chars]

  defp protocols(term) do
    @protocols
    |> Enum.filter(fn protocol ->
      try do
        protocol.impl_for(term) != nil
      rescue
        _ -> false
      end
    end)
    |> Enum.map_join(", ", &inspect/1)
  end

  @doc "Compiles and loads the file; returns the modules it defined."
  def c(files, _path \\ :in_memory) do
    files = List.wrap(files)
    {found, not_found} = Enum.split_with(files, &File.regular?/1)

    if not_found != [] do
      raise ArgumentError, "could not find files #{Enum.join(not_found, ", ")}"
    end

    Enum.flat_map(found, fn file -> for {module, _} <- Code.compile_file(file), do: module end)
  end

  @doc "Recompiles and reloads the source file of `module`."
  def r(module) when is_atom(module) do
    case IEx.Introspection.source(module) do
      file when is_binary(file) ->
        if File.regular?(file) do
          {:reloaded, for({mod, _} <- Code.compile_file(file), do: mod)}
        else
          raise ArgumentError, "could not find source for module: #{inspect(module)}"
        end

      _ ->
        if Code.ensure_loaded?(module) do
          raise ArgumentError, "could not find source for module: #{inspect(module)}"
        else
          raise ArgumentError, "could not load nor find module: #{inspect(module)}"
        end
    end
  end

  @doc "Prints the functions and macros a module exports."
  def exports(module \\ Kernel) do
    module
    |> IEx.Introspection.exports()
    |> Enum.map(fn {name, arity} -> "#{name}/#{arity}" end)
    |> print_table()

    IEx.dont_display_result()
  end

  # iex's table: each entry padded to the longest (at most 30) plus 4 and
  # a space; a line ends once it reaches 80 columns.
  defp print_table([]), do: :ok

  defp print_table(list) do
    width = min(Enum.max(Enum.map(list, &String.length/1)), 30) + 4

    Enum.reduce(list, 0, fn entry, length ->
      length = if length >= 80, do: IO.write("\n") && 0, else: length
      cell = String.pad_trailing(entry, width)
      IO.write(cell <> " ")
      length + String.length(cell) + 1
    end)

    IO.write("\n")
  end

  @doc "Clears the screen."
  def clear do
    if Process.get(:iex_colors) do
      IO.write([IO.ANSI.home(), IO.ANSI.clear()])
    else
      IO.puts("Cannot clear the screen because ANSI escape codes are not enabled on this shell")
    end

    IEx.dont_display_result()
  end

  @doc "Prints and removes the messages in the shell's mailbox."
  def flush do
    receive do
      message ->
        IO.write(inspect(message, IEx.inspect_opts()) <> "\n")
        flush()
    after
      0 -> :ok
    end
  end

  @doc "The value of the last entry."
  def v(n \\ -1) when is_integer(n) do
    case IEx.Introspection.request({:result, n}) do
      {:ok, value} -> value
      _ -> raise "v(#{n}) is out of bounds"
    end
  end
end

defmodule IEx.Introspection do
  @moduledoc false

  # h/1's argument, quoted: {module}, {module, fun} or {module, fun, arity}.
  def decompose({:/, _, [call, arity]}, env) when is_integer(arity) do
    case decompose(call, env) do
      {:{}, _, [mod, fun]} -> {:{}, [], [mod, fun, arity]}
      other -> other
    end
  end

  def decompose({{:., _, [mod, fun]}, _, []}, env) when is_atom(fun),
    do: {:{}, [], [Macro.expand(mod, env), fun]}

  def decompose({name, _, args}, _env) when is_atom(name) and (is_atom(args) or args == []) do
    mod =
      cond do
        {name, 0} in exports(IEx.Helpers) or has_name?(IEx.Helpers, name) -> IEx.Helpers
        true -> Kernel
      end

    {:{}, [], [mod, name]}
  end

  def decompose(module, env), do: {:{}, [], [Macro.expand(module, env)]}

  defp has_name?(mod, name), do: Enum.any?(exports(mod), fn {n, _} -> n == name end)

  def h({module}) when is_atom(module) do
    case docs(module) do
      {:ok, moduledoc, _} when is_binary(moduledoc) -> print_doc(inspect(module), moduledoc)
      {:ok, _, _} -> IO.puts("No documentation for #{inspect(module)} was found")
      error -> print_error(module, error)
    end

    IEx.dont_display_result()
  end

  def h({module, fun}) when is_atom(module), do: h_fun(module, fun, nil)
  def h({module, fun, arity}) when is_atom(module), do: h_fun(module, fun, arity)
  def h(other), do: raise(ArgumentError, "invalid arguments for h helper: #{inspect(other)}")

  defp h_fun(module, fun, arity) do
    case docs(module) do
      {:ok, _, entries} ->
        found =
          Enum.filter(entries, fn {name, arities, _heading, doc} ->
            name == fun and (arity == nil or arity in arities) and doc != false
          end)

        name = if arity, do: "#{inspect(module)}.#{fun}/#{arity}", else: "#{inspect(module)}.#{fun}"

        case found do
          [] -> IO.puts("No documentation for #{name} was found")
          _ -> Enum.each(found, fn {_, _, heading, doc} -> print_doc(heading, doc || "") end)
        end

      error ->
        print_error(module, error)
    end

    IEx.dont_display_result()
  end

  defp print_error(module, :no_docs), do: IO.puts("#{inspect(module)} was not compiled with docs")
  defp print_error(module, :nofile), do: IO.puts("Could not load module #{inspect(module)}, got: nofile")

  @doc false
  def print_doc(heading, doc) do
    pad = String.duplicate(" ", max(div(80 - String.length(heading), 2), 0))
    IO.write("\n" <> IEx.color(:doc_heading, pad <> heading) <> "\n\n")
    doc = String.trim_trailing(doc)
    if doc != "", do: IO.write(doc <> "\n\n")
  end

  # The module's file, from the modules defmodule defined.
  def source(module), do: Code.__source__(module)

  # {:ok, moduledoc, [{name, arities, heading, doc}]} from Code.fetch_docs/1:
  # doc is a string, nil (none) or false (@doc false).
  defp docs(module) do
    with true <- Code.ensure_loaded?(module) || :nofile do
      case Code.fetch_docs(module) do
        {:docs_v1, _, _, _, moduledoc, _, docs} ->
          entries =
            for {{kind, name, arity}, _, [signature | _], doc, meta} <- docs do
              defaults = Map.get(meta, :defaults, 0)
              heading = if(kind == :macro, do: "defmacro ", else: "def ") <> signature
              {name, Enum.to_list((arity - defaults)..arity), heading, doc_text(doc)}
            end

          {:ok, doc_text(moduledoc), entries}

        {:error, _} ->
          :no_docs
      end
    end
  end

  defp doc_text(%{"en" => text}), do: text
  defp doc_text(:hidden), do: false
  defp doc_text(_), do: nil

  # The functions and macros a module exports, sorted (without __info__
  # and the like).
  def exports(module) do
    # Macros first, then functions, as iex lists them.
    {funs, macros} = :vial_repl.exports(module)

    Enum.reject(macros ++ funs, fn {name, arity} ->
      {name, arity} == {:__info__, 1} or name == :module_info or String.contains?(Atom.to_string(name), "-")
    end)
  end

  # Asks the REPL server (v/1).
  @doc false
  def request(request) do
    case Process.get(:iex_server) do
      server when is_pid(server) ->
        ref = make_ref()
        send(server, {IEx.Server, :request, self(), ref, request})

        receive do
          {^ref, answer} -> answer
        end

      _ ->
        raise "the helper needs a REPL session (IEx.Server)"
    end
  end
end

defprotocol IEx.Info do
  @fallback_to_any true
  @doc "Information about the term: a list of {subject, text} for i/1."
  def info(term)
end

defimpl IEx.Info, for: Integer do
  def info(_), do: [{"Data type", "Integer"}, {"Reference modules", "Integer"}]
end

defimpl IEx.Info, for: Float do
  def info(_), do: [{"Data type", "Float"}, {"Reference modules", "Float"}]
end

defimpl IEx.Info, for: Atom do
  def info(atom) do
    cond do
      is_boolean(atom) -> [{"Data type", "Atom"}, {"Reference modules", "Atom"}]
      atom == nil -> [{"Data type", "Atom"}, {"Reference modules", "Atom"}]
      Code.ensure_loaded?(atom) ->
        [{"Data type", "Atom"}, {"Module bytecode", "loaded"}, {"Source", IEx.Introspection.source(atom) || "built in"},
         {"Reference modules", "Module, Atom"}]
      true -> [{"Data type", "Atom"}, {"Reference modules", "Atom"}]
    end
  end
end

defimpl IEx.Info, for: BitString do
  def info(bin) when is_binary(bin) do
    if String.valid?(bin) and String.printable?(bin) do
      [{"Data type", "BitString"}, {"Byte size", byte_size(bin)},
       {"Description",
        "This is a string: a UTF-8 encoded binary. It's printed surrounded by\n\"double quotes\" because all UTF-8 encoded code points in it are printable.\n"},
       {"Raw representation", inspect(bin, binaries: :as_binaries)}, {"Reference modules", "String, :binary"}]
    else
      [{"Data type", "BitString"}, {"Byte size", byte_size(bin)},
       {"Description", "This is a binary: a collection of bytes. It's printed with the `<<>>`\nsyntax (as opposed to double quotes) because it is not a UTF-8 encoded\nbinary (the first invalid byte being `<<#{invalid(bin)}>>`)\n"},
       {"Reference modules", ":binary"}]
    end
  end

  def info(bits) do
    [{"Data type", "BitString"}, {"Bits size", bit_size(bits)},
     {"Description", "This is a bitstring. It's a chunk of bits that are not divisible by 8\n(the number of bytes isn't whole).\n"}]
  end

  defp invalid(bin) do
    case String.chunk(bin, :valid) |> Enum.find(&(not String.valid?(&1))) do
      <<byte, _::binary>> -> Integer.to_string(byte)
      _ -> "?"
    end
  end
end

defimpl IEx.Info, for: List do
  def info(list) do
    cond do
      list != [] and List.ascii_printable?(list) ->
        [{"Data type", "List"},
         {"Description", "This is a list of integers that is printed as a sequence of characters\ndelimited by single quotes because all the integers in it represent printable\nASCII characters. Conventionally, a list of Unicode code points is known as a\ncharlist and a list of ASCII characters is a subset of it.\n"},
         {"Raw representation", inspect(list, charlists: :as_lists)}, {"Reference modules", "List"}]

      list != [] and Keyword.keyword?(list) ->
        [{"Data type", "List"},
         {"Description", "This is what is referred to as a \"keyword list\". A keyword list is a list\nof two-element tuples where the first element of each tuple is an atom.\n"},
         {"Reference modules", "Keyword, List"}]

      true ->
        [{"Data type", "List"}, {"Reference modules", "List"}]
    end
  end
end

defimpl IEx.Info, for: Tuple do
  def info(_), do: [{"Data type", "Tuple"}, {"Reference modules", "Tuple"}]
end

defimpl IEx.Info, for: Map do
  def info(_), do: [{"Data type", "Map"}, {"Reference modules", "Map"}]
end

defimpl IEx.Info, for: Function do
  def info(fun) do
    info = Function.info(fun)
    rows = [{"Data type", "Function"}, {"Type", Atom.to_string(info[:type])}, {"Arity", info[:arity]}]
    if info[:type] == :local, do: rows ++ [{"Description", "This is an anonymous function."}], else: rows
  end
end

defimpl IEx.Info, for: PID do
  def info(pid) do
    case Process.info(pid, [:registered_name, :links, :message_queue_len]) do
      nil ->
        [{"Data type", "PID"}, {"Alive", false}, {"Reference modules", "Process, Node"}]

      info ->
        name = if info[:registered_name] in [nil, []], do: "not registered", else: inspect(info[:registered_name])
        links = if info[:links] == [], do: "none", else: Enum.map_join(info[:links], ", ", &inspect/1)

        [{"Data type", "PID"}, {"Alive", true}, {"Name", name}, {"Links", links},
         {"Message queue length", info[:message_queue_len]},
         {"Description", "Use Process.info/1 to get more info about this process"},
         {"Reference modules", "Process, Node"}]
    end
  end
end

defimpl IEx.Info, for: Reference do
  def info(_), do: [{"Data type", "Reference"}]
end

defimpl IEx.Info, for: Any do
  def info(%module{}) do
    [{"Data type", inspect(module)},
     {"Description", "This is a struct. Structs are maps with a __struct__ key."},
     {"Reference modules", "#{inspect(module)}, Map"}]
  end

  def info(_), do: [{"Data type", "Term"}, {"Reference modules", ""}]
end
