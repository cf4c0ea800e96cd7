# Code: the functions written in the language (eval_string, string_to_quoted
# and ensure_loaded are native, runtime/builtins/code.cpp; Code.LoadError is
# in exception.ex).
defmodule Code do
  # Code.require_file/1,2 and compile_file/1,2: the file runs as a script in
  # the calling process (:vial.compile_file/2 compiles it into a module of
  # its own); the result is the modules it defined, with an empty binary
  # each (Vial has no BEAM files). require_file runs a file once.
  def require_file(file, relative_to \\ nil) do
    path = Path.expand(file, relative_to || File.cwd!())
    required = Process.get(:vial_required_files) || []

    if path in required do
      nil
    else
      Process.put(:vial_required_files, [path | required])
      compile_file(file, relative_to)
    end
  end

  def compile_file(file, relative_to \\ nil) do
    path = Path.expand(file, relative_to || File.cwd!())
    {mark, _} = :vial.defined_modules(1_000_000_000_000)
    module = :vial.compile_file(path, Path.relative_to_cwd(path))
    apply(module, :__FILE__, [nil])
    {_, defined} = :vial.defined_modules(mark)
    for {mod, _file} <- defined, do: {mod, ""}
  end

  def eval_file(file, relative_to \\ nil) do
    path = Path.expand(file, relative_to || File.cwd!())
    module = :vial.compile_file(path, Path.relative_to_cwd(path))
    {apply(module, :__FILE__, [nil]), []}
  end

  def required_files, do: Enum.reverse(Process.get(:vial_required_files) || [])

  # Code.compile_string/2 and compile_quoted/2: the code runs as
  # Code.eval_string does, and the result is the modules it defined, with
  # an empty binary each (Vial has no BEAM files).
  def compile_string(string, file \\ "nofile") when is_binary(file) do
    compiled(fn -> Code.eval_string(string, [], file: file) end)
  end

  def compile_quoted(quoted, file \\ "nofile") when is_binary(file) do
    compiled(fn -> Code.eval_quoted(quoted, [], file: file) end)
  end

  defp compiled(run) do
    {mark, _} = :vial.defined_modules(1_000_000_000_000)
    run.()
    {_, defined} = :vial.defined_modules(mark)
    for {mod, _file} <- defined, do: {mod, ""}
  end

  # The reader is native (:vial.string_to_quoted/3); of the options, file:
  # and line: are read, the others ignored (docs/compat.md).
  def string_to_quoted!(string, opts) when is_binary(string) and is_list(opts),
    do: :vial.string_to_quoted(string, Keyword.get(opts, :file, "nofile"), Keyword.get(opts, :line, 1))

  # The error is {location, message, token}, as Elixir's: "syntax error
  # before: " keeps its token apart.
  def string_to_quoted(string, opts \\ []) do
    try do
      {:ok, Code.string_to_quoted!(string, opts)}
    rescue
      e in [SyntaxError, TokenMissingError] ->
        location = if e.column, do: [line: e.line, column: e.column], else: [line: e.line]

        case e.description do
          "syntax error before: " <> token -> {:error, {location, "syntax error before: ", token}}
          "unexpected token: " <> token -> {:error, {location, "unexpected token: ", token}}
          description -> {:error, {location, description, ""}}
        end
    end
  end


  # Code.fetch_docs/1. Vial keeps no docs chunks: the docs are read from the
  # source file the module's defmodule ran from (:vial.defined_modules/1),
  # in Elixir's {:docs_v1, ...} layout: one entry per public function or
  # macro (its first clause), doc %{"en" => text}, :none or :hidden, and
  # %{defaults: n} for default arguments. IEx's h/1 and doctests read it.
  def fetch_docs(module) when is_atom(module) do
    with file when is_binary(file) <- source_file(module) || missing_docs(module),
         {:ok, source} <- File.read(file) |> ok_or_no_chunk(),
         {:ok, quoted} <- Code.string_to_quoted(source) |> ok_or_no_chunk(),
         body when body != nil <- find_module(quoted, [], module) || {:error, :chunk_not_found} do
      {line, moduledoc, docs} = collect_docs(body)
      {:docs_v1, line, :elixir, "text/markdown", moduledoc, %{}, docs}
    end
  end

  def fetch_docs(path) when is_binary(path), do: {:error, :chunk_not_found}

  @doc false
  # The file a module was defined from, or nil.
  def __source__(module) do
    {_, defined} = :vial.defined_modules(0)

    case List.keyfind(Enum.reverse(defined), module, 0) do
      {_, file} -> file
      nil -> nil
    end
  end

  defp source_file(module), do: __source__(module)

  defp missing_docs(module),
    do: if(Code.ensure_loaded?(module), do: {:error, :chunk_not_found}, else: {:error, :module_not_found})

  defp ok_or_no_chunk({:ok, _} = ok), do: ok
  defp ok_or_no_chunk(_), do: {:error, :chunk_not_found}

  defp find_module({:defmodule, _, [name, [do: body]]}, prefix, module) do
    full = prefix ++ alias_parts(name)
    if Module.concat(full) == module, do: body, else: find_module(body, full, module)
  end

  defp find_module({:__block__, _, forms}, prefix, module),
    do: Enum.find_value(forms, &find_module(&1, prefix, module))

  defp find_module(_, _, _), do: nil

  defp alias_parts({:__aliases__, _, parts}), do: parts
  defp alias_parts(atom) when is_atom(atom), do: [atom]
  defp alias_parts(_), do: [:unknown]

  defp collect_docs(body) do
    forms =
      case body do
        {:__block__, _, forms} -> forms
        form -> [form]
      end

    {moduledoc, _pending, docs} =
      Enum.reduce(forms, {{0, :none}, nil, []}, fn form, {moduledoc, pending, docs} ->
        case form do
          {:@, meta, [{:moduledoc, _, [doc]}]} ->
            {{meta[:line] || 0, doc_value(doc)}, pending, docs}

          # @doc since: "1.0" (metadata) keeps the doc set before.
          {:@, _, [{:doc, _, [doc]}]} when is_list(doc) ->
            {moduledoc, pending, docs}

          {:@, meta, [{:doc, _, [doc]}]} ->
            {moduledoc, {meta[:line], doc_value(doc)}, docs}

          {kind, meta, [head | _]} when kind in [:def, :defmacro, :defguard, :defdelegate] ->
            {name, args} = name_args(head)
            doc_kind = if kind in [:defmacro, :defguard], do: :macro, else: :function
            key = {doc_kind, name, length(args)}
            {line, doc} = pending || {meta[:line], :none}
            defaults = Enum.count(args, &match?({:\\, _, _}, &1))
            metadata = if defaults > 0, do: %{defaults: defaults}, else: %{}
            signature = Macro.to_string({name, [], args})

            if List.keymember?(docs, key, 0),
              do: {moduledoc, nil, docs},
              else: {moduledoc, nil, [{key, line, [signature], doc, metadata} | docs]}

          _ ->
            {moduledoc, pending, docs}
        end
      end)

    {line, text} = moduledoc
    {line, text, Enum.reverse(docs)}
  end

  defp name_args({:when, _, [head | _]}), do: name_args(head)
  defp name_args({name, _, args}) when is_atom(name) and is_list(args), do: {name, args}
  defp name_args({name, _, _}) when is_atom(name), do: {name, []}
  defp name_args(_), do: {:unknown, []}

  defp doc_value(doc) when is_binary(doc), do: %{"en" => doc}
  defp doc_value(false), do: :hidden
  defp doc_value({sigil, _, [{:<<>>, _, [doc]}, _]}) when sigil in [:sigil_S, :sigil_s] and is_binary(doc),
    do: %{"en" => doc}

  defp doc_value(_), do: :none
end

# The waiting half of :code.purge/1, soft_purge/1 and
# erlang:check_process_code/2 (runtime/builtins/code.cpp): the builtin asked
# every process to check itself; this polls the job until it is over
# (docs/bytecode.md "Code versions"). purge_then_compile/5 is what
# defmodule does when the module has old code: purge it, then load.
defmodule :vial_code do
  def purge_wait(id) do
    case :vial.purge_step(id) do
      :wait ->
        receive do
        after
          1 -> purge_wait(id)
        end

      result ->
        result
    end
  end

  # The caller ran the purged code itself: once the purge is over (for the
  # others too) it dies, as OTP's code server kills it; its stack points
  # into freed code, so nothing may return or raise into it.
  def purge_then_die(id) do
    purge_wait(id)
    Process.exit(self(), :kill)
  end

  def purge_then_compile(id, name, body, file, false) do
    purge_wait(id)
    :elixir_module.compile(name, body, file)
  end

  def purge_then_compile(id, name, body, file, true) do
    purge_wait(id)

    try do
      :elixir_module.compile(name, body, file)
    catch
      _, _ -> :ok
    end

    Process.exit(self(), :kill)
  end

end
