# Inspect as a protocol, Inspect.Opts and Inspect.Algebra, as Elixir 1.14
# defines them (lib/elixir/lib/inspect.ex, inspect/algebra.ex), over the
# native printer (docs/inspect.md).
#
# Documents are Elixir's terms ({:doc_cons, l, r}, "text", ...). The
# built-in implementations ask the native printer for their document
# (:vial.inspect_doc/3), which builds exactly the document Elixir's
# implementations build; the printer answers :elixir when the term holds a
# struct whose Inspect implementation is written in Elixir (a user's
# defimpl, @derive), or when syntax_colors:/inspect_fun: ask for Elixir, and
# then the container is built here, as Elixir builds it, calling to_doc/2 on
# its elements. Inspect.Algebra.format/2 lays documents out natively
# (:vial.format_doc/3).

defmodule Inspect.Opts do
  # inspect_fun: defaults to nil, which means Inspect.inspect/2: a fun cannot
  # be a struct default in Vial yet (docs/compat.md). new/1 sets the fun.
  defstruct base: :decimal,
            binaries: :infer,
            char_lists: :infer,
            charlists: :infer,
            custom_options: [],
            inspect_fun: nil,
            limit: 50,
            pretty: false,
            printable_limit: 4096,
            safe: true,
            structs: true,
            syntax_colors: [],
            width: 80

  def new(opts), do: Kernel.struct(%Inspect.Opts{inspect_fun: default_inspect_fun()}, opts)

  def default_inspect_fun, do: &Inspect.inspect/2
end

defmodule Inspect.Algebra do
  @container_separator ","
  @tail_separator " |"
  @next_break_fits :enabled

  defguard is_doc(doc)
           when is_binary(doc) or doc == :doc_nil or doc == :doc_line or
                  (is_tuple(doc) and tuple_size(doc) > 1 and
                     (elem(doc, 0) == :doc_break or elem(doc, 0) == :doc_collapse or
                        elem(doc, 0) == :doc_color or elem(doc, 0) == :doc_cons or
                        elem(doc, 0) == :doc_fits or elem(doc, 0) == :doc_force or
                        elem(doc, 0) == :doc_group or elem(doc, 0) == :doc_nest or
                        elem(doc, 0) == :doc_string or elem(doc, 0) == :doc_limit))

  defguardp is_limit(limit) when limit == :infinity or (is_integer(limit) and limit >= 0)
  defguardp is_width(limit) when limit == :infinity or (is_integer(limit) and limit >= 0)

  def to_doc(%{__struct__: name} = struct, %Inspect.Opts{inspect_fun: fun} = opts) when is_atom(name) do
    if opts.structs do
      try do
        call(fun, struct, opts)
      rescue
        caught_exception ->
          # Building the Inspect.Error inspects the struct again; the trap
          # keeps a failing struct inside it from recursing.
          if :vial.inspect_trap(:get) do
            Inspect.Map.inspect(struct, opts)
          else
            try do
              :vial.inspect_trap(true)

              inspected_struct =
                struct
                |> Inspect.Map.inspect(%{
                  opts
                  | syntax_colors: [],
                    inspect_fun: Inspect.Opts.default_inspect_fun()
                })
                |> :vial.format_doc(opts.width, true)

              inspect_error =
                Inspect.Error.exception(
                  exception: caught_exception,
                  stacktrace: __STACKTRACE__,
                  inspected_struct: inspected_struct
                )

              if opts.safe do
                opts = %{opts | inspect_fun: Inspect.Opts.default_inspect_fun()}
                Inspect.inspect(inspect_error, opts)
              else
                reraise(inspect_error, __STACKTRACE__)
              end
            after
              :vial.inspect_trap(false)
            end
          end
      end
    else
      Inspect.Map.inspect(struct, opts)
    end
  end

  def to_doc(arg, %Inspect.Opts{inspect_fun: fun} = opts) do
    call(fun, arg, opts)
  end

  defp call(nil, term, opts), do: Inspect.inspect(term, opts)
  defp call(fun, term, opts), do: fun.(term, opts)

  def container_doc(left, collection, right, inspect_opts, fun) do
    container_doc(left, collection, right, inspect_opts, fun, [])
  end

  def container_doc(left, collection, right, inspect_opts, fun, opts)
      when is_doc(left) and is_list(collection) and is_doc(right) and is_function(fun, 2) and
             is_list(opts) do
    case collection do
      [] ->
        concat(left, right)

      _ ->
        break = keyword_get(opts, :break, :maybe)
        separator = keyword_get(opts, :separator, @container_separator)

        {docs, simple?} =
          container_each(collection, inspect_opts.limit, inspect_opts, fun, [], break == :maybe)

        flex? = simple? or break == :flex
        docs = fold_doc(docs, &join(&1, &2, flex?, separator))

        case flex? do
          true -> group(concat(concat(left, nest(docs, 1)), right))
          false -> group(glue(nest(glue(left, "", docs), 2), "", right))
        end
    end
  end

  defp container_each([], _limit, _opts, _fun, acc, simple?) do
    {:lists.reverse(acc), simple?}
  end

  defp container_each(_, 0, _opts, _fun, acc, simple?) do
    {:lists.reverse(["..." | acc]), simple?}
  end

  defp container_each([term | terms], limit, opts, fun, acc, simple?)
       when is_list(terms) and is_limit(limit) do
    new_limit = decrement(limit)
    doc = fun.(term, %{opts | limit: new_limit})
    limit = if doc == :doc_nil, do: limit, else: new_limit
    container_each(terms, limit, opts, fun, [doc | acc], simple? and simple?(doc))
  end

  defp container_each([left | right], limit, opts, fun, acc, simple?) when is_limit(limit) do
    limit = decrement(limit)
    left = fun.(left, %{opts | limit: limit})
    right = fun.(right, %{opts | limit: limit})
    simple? = simple? and simple?(left) and simple?(right)
    doc = join(left, right, simple?, @tail_separator)
    {:lists.reverse([doc | acc]), simple?}
  end

  defp decrement(:infinity), do: :infinity
  defp decrement(counter), do: counter - 1

  defp join(:doc_nil, :doc_nil, _, _), do: :doc_nil
  defp join(left, :doc_nil, _, _), do: left
  defp join(:doc_nil, right, _, _), do: right
  defp join(left, right, true, sep), do: flex_glue(concat(left, sep), right)
  defp join(left, right, false, sep), do: glue(concat(left, sep), right)

  defp simple?({:doc_cons, left, right}), do: simple?(left) and simple?(right)
  defp simple?({:doc_color, doc, _}), do: simple?(doc)
  defp simple?({:doc_string, _, _}), do: true
  defp simple?(:doc_nil), do: true
  defp simple?(other), do: is_binary(other)

  def empty, do: :doc_nil

  def string(string) when is_binary(string) do
    {:doc_string, string, String.length(string)}
  end

  def concat(doc1, doc2) when is_doc(doc1) and is_doc(doc2) do
    {:doc_cons, doc1, doc2}
  end

  def no_limit(doc) do
    {:doc_limit, doc, :infinity}
  end

  def concat(docs) when is_list(docs) do
    fold_doc(docs, &concat(&1, &2))
  end

  def color(doc, color_key, %Inspect.Opts{syntax_colors: syntax_colors}) when is_doc(doc) do
    if precolor = keyword_get(syntax_colors, color_key, nil) do
      postcolor = keyword_get(syntax_colors, :reset, :reset)
      concat({:doc_color, doc, precolor}, {:doc_color, empty(), postcolor})
    else
      doc
    end
  end

  def nest(doc, level), do: nest(doc, level, :always)

  def nest(doc, :cursor, mode) when is_doc(doc) and (mode == :always or mode == :break) do
    {:doc_nest, doc, :cursor, mode}
  end

  def nest(doc, :reset, mode) when is_doc(doc) and (mode == :always or mode == :break) do
    {:doc_nest, doc, :reset, mode}
  end

  def nest(doc, 0, _mode) when is_doc(doc) do
    doc
  end

  def nest(doc, level, mode)
      when is_doc(doc) and is_integer(level) and level > 0 and (mode == :always or mode == :break) do
    {:doc_nest, doc, level, mode}
  end

  def break, do: break(" ")

  def break(string) when is_binary(string) do
    {:doc_break, string, :strict}
  end

  def collapse_lines(max) when is_integer(max) and max > 0 do
    {:doc_collapse, max}
  end

  def next_break_fits(doc), do: next_break_fits(doc, @next_break_fits)

  def next_break_fits(doc, mode) when is_doc(doc) and (mode == :enabled or mode == :disabled) do
    {:doc_fits, doc, mode}
  end

  def force_unfit(doc) when is_doc(doc) do
    {:doc_force, doc}
  end

  def flex_break, do: flex_break(" ")

  def flex_break(string) when is_binary(string) do
    {:doc_break, string, :flex}
  end

  def flex_glue(doc1, doc2), do: flex_glue(doc1, " ", doc2)

  def flex_glue(doc1, break_string, doc2) when is_binary(break_string) do
    concat(doc1, concat(flex_break(break_string), doc2))
  end

  def glue(doc1, doc2), do: glue(doc1, " ", doc2)

  def glue(doc1, break_string, doc2) when is_binary(break_string) do
    concat(doc1, concat(break(break_string), doc2))
  end

  def group(doc), do: group(doc, :self)

  def group(doc, mode) when is_doc(doc) do
    {:doc_group, doc, mode}
  end

  def space(doc1, doc2), do: concat(doc1, concat(" ", doc2))

  def line(), do: :doc_line

  def line(doc1, doc2), do: concat(doc1, concat(line(), doc2))

  def fold_doc([], _folder_fun), do: empty()
  def fold_doc([doc], _folder_fun), do: doc

  def fold_doc([doc | docs], folder_fun) when is_function(folder_fun, 2),
    do: folder_fun.(doc, fold_doc(docs, folder_fun))

  def format(doc, width) when is_doc(doc) and is_width(width) do
    :vial.format_doc(doc, width, false)
  end

  @doc false
  def keyword_get([{key, value} | _], key, _default), do: value
  def keyword_get([_ | rest], key, default), do: keyword_get(rest, key, default)
  def keyword_get(_, _key, default), do: default
end

defprotocol Inspect do
  @fallback_to_any true

  def inspect(term, opts)
end

defimpl Inspect, for: Atom do
  def inspect(atom, opts) do
    Inspect.Algebra.color(:vial.inspect_doc(atom, opts, :protocol), color_key(atom), opts)
  end

  defp color_key(atom) when is_boolean(atom), do: :boolean
  defp color_key(nil), do: nil
  defp color_key(_), do: :atom
end

defimpl Inspect, for: BitString do
  # With syntax_colors:, a string is coloured as :string and bit syntax as a
  # whole as :binary (Elixir colours its "<<" and ">>" and each number).
  def inspect(term, opts) do
    doc = :vial.inspect_doc(term, opts, :protocol)

    cond do
      opts.syntax_colors == [] -> doc
      is_binary(doc) and :binary.first(doc) == ?" -> Inspect.Algebra.color(doc, :string, opts)
      true -> Inspect.Algebra.color(doc, :binary, opts)
    end
  end
end

defimpl Inspect, for: Integer do
  def inspect(term, opts) do
    Inspect.Algebra.color(:vial.inspect_doc(term, opts, :protocol), :number, opts)
  end
end

defimpl Inspect, for: Float do
  def inspect(term, opts) do
    Inspect.Algebra.color(:vial.inspect_doc(term, opts, :protocol), :number, opts)
  end
end

defimpl Inspect, for: Function do
  def inspect(term, opts), do: :vial.inspect_doc(term, opts, :protocol)
end

defimpl Inspect, for: PID do
  def inspect(term, opts), do: :vial.inspect_doc(term, opts, :protocol)
end

defimpl Inspect, for: Port do
  def inspect(term, opts), do: :vial.inspect_doc(term, opts, :protocol)
end

defimpl Inspect, for: Reference do
  def inspect(term, opts), do: :vial.inspect_doc(term, opts, :protocol)
end

defimpl Inspect, for: List do
  alias Inspect.Algebra, as: A

  def inspect([], opts), do: A.color("[]", :list, opts)

  def inspect(term, opts) do
    case :vial.inspect_doc(term, opts, :protocol) do
      :elixir -> inspect_list(term, opts)
      doc -> doc
    end
  end

  defp inspect_list(term, opts) do
    %Inspect.Opts{charlists: lists, char_lists: lists_deprecated, printable_limit: printable_limit} =
      opts

    lists =
      if lists == :infer and lists_deprecated != :infer do
        case lists_deprecated do
          :as_char_lists -> :as_charlists
          other -> other
        end
      else
        lists
      end

    open = A.color("[", :list, opts)
    sep = A.color(",", :list, opts)
    close = A.color("]", :list, opts)

    cond do
      lists == :as_charlists or (lists == :infer and :vial.printable(term, printable_limit)) ->
        plain = %{
          opts
          | syntax_colors: [],
            inspect_fun: Inspect.Opts.default_inspect_fun(),
            charlists: :as_charlists
        }

        A.color(:vial.inspect_doc(term, plain, :protocol), :charlist, opts)

      keyword?(term) ->
        A.container_doc(open, term, close, opts, &keyword/2, separator: sep, break: :strict)

      true ->
        A.container_doc(open, term, close, opts, &A.to_doc/2, separator: sep)
    end
  end

  def keyword({key, value}, opts) do
    key = A.color(:vial.inspect_atom(:key, key), :atom, opts)
    A.concat(key, A.concat(" ", A.to_doc(value, opts)))
  end

  def keyword?(term), do: :vial.keyword_list(term)
end

defimpl Inspect, for: Tuple do
  alias Inspect.Algebra, as: A

  def inspect(tuple, opts) do
    case :vial.inspect_doc(tuple, opts, :protocol) do
      :elixir ->
        open = A.color("{", :tuple, opts)
        sep = A.color(",", :tuple, opts)
        close = A.color("}", :tuple, opts)
        container_opts = [separator: sep, break: :flex]
        A.container_doc(open, :erlang.tuple_to_list(tuple), close, opts, &A.to_doc/2, container_opts)

      doc ->
        doc
    end
  end
end

defimpl Inspect, for: Map do
  alias Inspect.Algebra, as: A

  def inspect(map, opts) do
    case :vial.inspect_doc(map, opts, :map) do
      :elixir ->
        list = :maps.to_list(map)

        fun =
          if Inspect.List.keyword?(list) do
            &Inspect.List.keyword/2
          else
            sep = A.color(" => ", :map, opts)
            &to_assoc(&1, &2, sep)
          end

        map_container_doc(list, "", opts, fun)

      doc ->
        doc
    end
  end

  def inspect(map, name, infos, opts) do
    fun = fn %{field: field}, opts -> Inspect.List.keyword({field, Map.get(map, field)}, opts) end
    map_container_doc(infos, name, opts, fun)
  end

  defp to_assoc({key, value}, opts, sep) do
    A.concat(A.concat(A.to_doc(key, opts), sep), A.to_doc(value, opts))
  end

  defp map_container_doc(list, name, opts, fun) do
    open = A.color("%" <> name <> "{", :map, opts)
    sep = A.color(",", :map, opts)
    close = A.color("}", :map, opts)
    A.container_doc(open, list, close, opts, fun, separator: sep, break: :strict)
  end
end

defimpl Inspect, for: Range do
  alias Inspect.Algebra, as: A

  def inspect(range, opts) do
    case :vial.inspect_doc(range, opts, :protocol) do
      :elixir ->
        %{first: first, last: last, step: step} = range

        if step == 1 and last >= first do
          A.concat([A.to_doc(first, opts), "..", A.to_doc(last, opts)])
        else
          A.concat([A.to_doc(first, opts), "..", A.to_doc(last, opts), "//", A.to_doc(step, opts)])
        end

      doc ->
        doc
    end
  end
end

defimpl Inspect, for: Any do
  alias Inspect.Algebra, as: A

  defmacro __deriving__(module, struct, options) do
    fields = subtract(Map.keys(struct), [:__exception__, :__struct__])
    only = A.keyword_get(options, :only, fields)
    except = A.keyword_get(options, :except, [])
    optional = A.keyword_get(options, :optional, [])

    :ok = validate_option(:only, only, fields, module)
    :ok = validate_option(:except, except, fields, module)
    :ok = validate_option(:optional, optional, fields, module)

    inspect_module =
      if fields == only and except == [] do
        Inspect.Map
      else
        Inspect.Any
      end

    filtered_fields = for field <- fields, not :lists.member(field, except), :lists.member(field, only), do: field
    optional_pairs = for field <- optional, do: {field, Map.fetch!(struct, field)}

    quote do
      defimpl Inspect, for: unquote(module) do
        def inspect(struct, opts) do
          Inspect.Any.__derived__(
            struct,
            opts,
            unquote(filtered_fields),
            unquote(Macro.escape(optional_pairs)),
            unquote(inspect_module)
          )
        end
      end
    end
  end

  defp validate_option(option, option_list, fields, module) do
    case subtract(option_list, fields) do
      [] ->
        :ok

      unknown_fields ->
        raise ArgumentError,
              "unknown fields #{Kernel.inspect(unknown_fields)} in #{Kernel.inspect(option)} " <>
                "when deriving the Inspect protocol for #{Kernel.inspect(module)}"
    end
  end

  defp subtract(list, remove), do: for(x <- list, not :lists.member(x, remove), do: x)

  @doc false
  def __derived__(struct, opts, fields, optional, inspect_module) do
    module = Map.get(struct, :__struct__)

    infos =
      for %{field: field} = info <- :vial.struct_infos(module),
          :lists.member(field, fields) and not optional_default?(optional, field, struct),
          do: info

    name = :vial.inspect_atom(:literal, module)
    inspect_module.inspect(struct, name, infos, opts)
  end

  defp optional_default?([{field, default} | _], field, struct), do: default == Map.get(struct, field)
  defp optional_default?([_ | rest], field, struct), do: optional_default?(rest, field, struct)
  defp optional_default?([], _field, _struct), do: false

  def inspect(%{__struct__: module} = struct, opts) do
    case :vial.inspect_doc(struct, opts, :any) do
      :elixir ->
        case :vial.struct_infos(struct) do
          nil -> Inspect.Map.inspect(struct, opts)
          infos -> Inspect.Map.inspect(struct, :vial.inspect_atom(:literal, module), infos, opts)
        end

      doc ->
        doc
    end
  end

  def inspect(map, name, infos, opts) do
    open = A.color("#" <> name <> "<", :map, opts)
    sep = A.color(",", :map, opts)
    close = A.color(">", :map, opts)

    fun = fn
      %{field: field}, opts -> Inspect.List.keyword({field, Map.get(map, field)}, opts)
      :..., _opts -> "..."
    end

    A.container_doc(open, infos ++ [:...], close, opts, fun, separator: sep, break: :strict)
  end
end

defmodule Inspect.Error do
  defexception [:exception_module, :exception_message, :stacktrace, :inspected_struct]

  def exception(arguments) when is_list(arguments) do
    exception = fetch!(arguments, :exception)
    exception_module = exception.__struct__
    exception_message = trim_newlines(Exception.message(exception))
    stacktrace = fetch!(arguments, :stacktrace)
    inspected_struct = fetch!(arguments, :inspected_struct)

    %Inspect.Error{
      exception_module: exception_module,
      exception_message: exception_message,
      stacktrace: stacktrace,
      inspected_struct: inspected_struct
    }
  end

  def message(%{
        exception_module: exception_module,
        exception_message: exception_message,
        inspected_struct: inspected_struct
      }) do
    "got " <>
      inspect(exception_module) <>
      " with message:\n\n    \"\"\"\n" <>
      pad(exception_message, 4) <>
      "\n    \"\"\"\n\nwhile inspecting:\n\n" <> pad(inspected_struct, 4) <> "\n"
  end

  @doc false
  def pad(message, padding_length)
      when is_binary(message) and is_integer(padding_length) and padding_length >= 0 do
    padding = :binary.copy(" ", padding_length)

    message
    |> split_lines("", [])
    |> pad_lines(padding, [])
    |> :erlang.iolist_to_binary()
    |> trim_newlines()
  end

  defp pad_lines([], _padding, acc), do: :lists.reverse(acc)
  defp pad_lines(["" | rest], padding, acc), do: pad_lines(rest, padding, ["\n" | acc])
  defp pad_lines([line | rest], padding, acc), do: pad_lines(rest, padding, [[padding, line, ?\n] | acc])

  defp split_lines(<<?\n, rest::binary>>, line, acc), do: split_lines(rest, "", [line | acc])
  defp split_lines(<<c, rest::binary>>, line, acc), do: split_lines(rest, <<line::binary, c>>, acc)
  defp split_lines(<<>>, line, acc), do: :lists.reverse([line | acc])

  @doc false
  def trim_newlines(text) do
    size = byte_size(text)

    if size > 0 and :binary.last(text) == ?\n do
      trim_newlines(binary_part(text, 0, size - 1))
    else
      text
    end
  end

  defp fetch!(list, key) do
    case Inspect.Algebra.keyword_get(list, key, :__vial_missing__) do
      :__vial_missing__ -> raise KeyError, key: key, term: list
      value -> value
    end
  end
end

defimpl Inspect, for: Inspect.Error do
  def inspect(%{stacktrace: stacktrace} = inspect_error, _opts) do
    message = Exception.message(inspect_error)
    format_output(message, stacktrace)
  end

  defp format_output(message, [_ | _] = stacktrace) do
    "#Inspect.Error<\n" <>
      Inspect.Error.pad(message, 2) <>
      "\n\n  Stacktrace:\n\n" <> format_stacktrace(stacktrace, "") <> "\n>"
  end

  defp format_output(message, _) do
    "#Inspect.Error<\n  " <> Inspect.Error.pad(message, 2) <> "\n>"
  end

  # Exception.format_stacktrace/1: "    file:line: Mod.fun/arity\n" per entry.
  defp format_stacktrace([entry | rest], acc) do
    format_stacktrace(rest, acc <> "    " <> format_entry(entry) <> "\n")
  end

  defp format_stacktrace([], acc), do: acc

  defp format_entry({module, fun, arity, location}) when is_atom(module) and is_atom(fun) do
    arity = if is_list(arity), do: length(arity), else: arity
    where =
      case {Inspect.Algebra.keyword_get(location, :file, nil), Inspect.Algebra.keyword_get(location, :line, nil)} do
        {nil, _} -> ""
        {file, nil} -> IO.chardata_to_string(file) <> ": "
        {file, line} -> IO.chardata_to_string(file) <> ":" <> :erlang.integer_to_binary(line) <> ": "
      end

    where <> Exception.format_mfa(module, fun, arity)
  end

  defp format_entry(entry), do: inspect(entry)
end
