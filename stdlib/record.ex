# Record: records are tuples tagged by an atom. defrecord/defrecordp define
# macros that build, match, read and update them at compile time, as Elixir
# 1.14's do (the same generated code and the same errors). Record.extract
# (reading Erlang .hrl files) is not provided.
defmodule Record do
  defguard is_record(data, kind)
           when is_atom(kind) and is_tuple(data) and tuple_size(data) > 0 and
                  elem(data, 0) == kind

  defguard is_record(data)
           when is_tuple(data) and tuple_size(data) > 0 and is_atom(elem(data, 0))

  defmacro defrecord(name, tag \\ nil, kv) do
    quote bind_quoted: [name: name, tag: tag, kv: kv] do
      tag = tag || name
      fields = Record.__record__(__MODULE__, :defrecord, name, tag, kv)

      defmacro unquote(name)(args \\ []) do
        Record.__access__(unquote(tag), unquote(fields), args, __CALLER__)
      end

      defmacro unquote(name)(record, args) do
        Record.__access__(unquote(tag), unquote(fields), record, args, __CALLER__)
      end
    end
  end

  defmacro defrecordp(name, tag \\ nil, kv) do
    quote bind_quoted: [name: name, tag: tag, kv: kv] do
      tag = tag || name
      fields = Record.__record__(__MODULE__, :defrecordp, name, tag, kv)

      defmacrop unquote(name)(args \\ []) do
        Record.__access__(unquote(tag), unquote(fields), args, __CALLER__)
      end

      defmacrop unquote(name)(record, args) do
        Record.__access__(unquote(tag), unquote(fields), record, args, __CALLER__)
      end
    end
  end

  @doc false
  def __record__(module, kind, name, tag, kv) do
    case Enum.find(0..2, &Module.defines?(module, {name, &1})) do
      nil ->
        :ok

      arity ->
        raise ArgumentError,
              "cannot define record #{inspect(name)} because a definition #{name}/#{arity} already exists"
    end

    fields = Enum.map(kv, &normalize_field(kind, &1))
    Module.register_attribute(module, :__records__, accumulate: true)

    Module.put_attribute(module, :__records__, %{
      kind: kind,
      name: name,
      tag: tag,
      fields: Enum.map(fields, &elem(&1, 0))
    })

    fields
    |> List.keysort(0)
    |> Enum.chunk_every(2, 1, :discard)
    |> Enum.each(fn
      [{key, _}, {key, _}] -> IO.warn("duplicate key #{inspect(key)} found in record")
      _ -> :ok
    end)

    fields
  end

  defp normalize_field(_kind, {key, value}) when is_atom(key) do
    try do
      Macro.escape(value)
    rescue
      e in [ArgumentError] ->
        raise ArgumentError, "invalid value for record field #{key}, " <> Exception.message(e)
    else
      escaped -> {key, escaped}
    end
  end

  defp normalize_field(_kind, key) when is_atom(key), do: {key, nil}

  defp normalize_field(kind, other),
    do: raise(ArgumentError, "#{kind} fields must be atoms, got: #{inspect(other)}")

  @doc false
  # name(args): an atom gives the field's index; a keyword list builds (or, in
  # a pattern, matches) a record; anything else converts a record to a
  # keyword list.
  def __access__(tag, fields, args, caller) do
    cond do
      is_atom(args) ->
        field_index(tag, fields, args, 1)

      Keyword.keyword?(args) ->
        create(tag, fields, args, caller)

      true ->
        escaped = Macro.escape(fields)

        case Macro.expand(args, caller) do
          {:{}, _, [^tag | values]} when length(values) == length(fields) ->
            Record.__keyword__(tag, fields, List.to_tuple([tag | values]))

          {^tag, value} when length(fields) == 1 ->
            Record.__keyword__(tag, fields, {tag, value})

          _ ->
            quote(do: Record.__keyword__(unquote(tag), unquote(escaped), unquote(args)))
        end
    end
  end

  @doc false
  # name(record, args): an atom reads the field; a keyword list updates.
  def __access__(tag, fields, record, args, caller) do
    cond do
      is_atom(args) ->
        index = field_index(tag, fields, args, 2)
        quote(do: :erlang.element(unquote(index), unquote(record)))

      Keyword.keyword?(args) ->
        update(tag, fields, record, args, caller)

      true ->
        raise ArgumentError,
              "expected arguments to be a compile time atom or a keyword list, got: " <>
                Macro.to_string(args)
    end
  end

  defp field_index(tag, fields, field, base) do
    case Enum.find_index(fields, fn {key, _} -> key == field end) do
      nil -> raise ArgumentError, "record #{inspect(tag)} does not have the key: #{inspect(field)}"
      i -> i + base
    end
  end

  defp create(tag, fields, keyword, caller) do
    missing = if Macro.Env.in_match?(caller), do: {:_, [], nil}, else: {}
    {missing, keyword} = Keyword.pop(keyword, :_, missing)
    {keyword, hoisted} = hoist(keyword, caller)

    {elements, rest} =
      Enum.map_reduce(fields, keyword, fn {key, default}, rest ->
        case Keyword.pop(rest, key, missing) do
          {{}, rest} -> {Macro.escape(default), rest}
          {value, rest} -> {value, rest}
        end
      end)

    case rest do
      [] ->
        with_hoisted(quote(do: {unquote(tag), unquote_splicing(elements)}), hoisted)

      [{key, _} | _] ->
        raise ArgumentError, "record #{inspect(tag)} does not have the key: #{inspect(key)}"
    end
  end

  defp update(tag, fields, record, keyword, caller) do
    if Macro.Env.in_match?(caller) do
      raise ArgumentError, "cannot invoke update style macro inside match"
    end

    {keyword, hoisted} = hoist(keyword, caller)

    if Keyword.has_key?(keyword, :_) do
      IO.warn(
        "updating a record with a default (:_) is equivalent to creating a new record",
        caller
      )

      create(tag, fields, keyword, caller)
    else
      keyword
      |> Enum.map(fn {key, value} -> {field_index(tag, fields, key, 2), value} end)
      |> Enum.sort(fn {left, _}, {right, _} -> right <= left end)
      |> Enum.reduce(record, fn {index, value}, acc ->
        quote(do: :erlang.setelement(unquote(index), unquote(acc), unquote(value)))
      end)
      |> with_hoisted(hoisted)
    end
  end

  # Outside patterns and guards, values that are not variables or literals
  # are computed first, in the order given, into variables of their own.
  defp hoist(keyword, %{context: nil, module: module}) do
    Enum.map_reduce(keyword, [], fn {key, expr}, acc ->
      if simple?(expr) do
        {{key, expr}, acc}
      else
        var = Macro.unique_var(key, module)
        {{key, var}, [{:=, [], [var, expr]} | acc]}
      end
    end)
  end

  defp hoist(keyword, _), do: {keyword, []}

  defp with_hoisted(expr, []), do: expr
  defp with_hoisted(expr, hoisted), do: {:__block__, [], Enum.reverse([expr | hoisted])}

  defp simple?({name, _, context}) when is_atom(name) and is_atom(context), do: true
  defp simple?(other), do: Macro.quoted_literal?(other)

  @doc false
  def __keyword__(tag, fields, record) do
    if is_record(record, tag) do
      [_tag | values] = Tuple.to_list(record)

      if length(values) == length(fields) do
        Enum.zip_with(fields, values, fn {key, _}, value -> {key, value} end)
      else
        raise ArgumentError,
              "expected argument to be a #{inspect(tag)} record with " <>
                "#{length(fields)} fields, got: " <>
                inspect(record)
      end
    else
      raise ArgumentError,
            "expected argument to be a literal atom, literal keyword or " <>
              "a #{inspect(tag)} record, got runtime: " <> inspect(record)
    end
  end
end
