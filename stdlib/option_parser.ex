# OptionParser: command-line switches, with the semantics of Elixir 1.14's
# lib/elixir/lib/option_parser.ex (parse/parse_head and their ! forms, next/2,
# split/1, to_argv/2, the ParseError messages with their "Did you mean"
# hints). Switches are looked up as existing atoms unless
# allow_nonexistent_atoms: true, as in Elixir.
defmodule OptionParser do
  defmodule ParseError do
    defexception [:message]
  end

  @switch_types [:boolean, :count, :integer, :float, :string, :keep]

  def parse(argv, opts \\ []) when is_list(argv) and is_list(opts),
    do: run(argv, config(opts), true, [], [], [])

  def parse_head(argv, opts \\ []) when is_list(argv) and is_list(opts),
    do: run(argv, config(opts), false, [], [], [])

  def parse!(argv, opts \\ []) when is_list(argv) and is_list(opts),
    do: raise_on_errors(parse(argv, opts), opts)

  def parse_head!(argv, opts \\ []) when is_list(argv) and is_list(opts),
    do: raise_on_errors(parse_head(argv, opts), opts)

  defp raise_on_errors({parsed, args, []}, _opts), do: {parsed, args}
  defp raise_on_errors({_, _, errors}, opts), do: raise(ParseError, errors_message(errors, opts))

  def next(argv, opts \\ []) when is_list(argv) and is_list(opts), do: step(argv, config(opts))

  # The loop of parse/parse_head: `all?` keeps going past arguments.
  defp run(argv, cfg, all?, parsed, args, invalid) do
    case step(argv, cfg) do
      {:ok, key, value, rest} ->
        kinds = List.wrap(Keyword.get(cfg.switches, key))
        run(rest, cfg, all?, store(parsed, key, value, kinds), args, invalid)

      {:invalid, name, value, rest} ->
        run(rest, cfg, all?, parsed, args, [{name, value} | invalid])

      {:undefined, name, _value, rest} ->
        invalid = if cfg.strict?, do: [{name, nil} | invalid], else: invalid
        run(rest, cfg, all?, parsed, args, invalid)

      {:error, []} ->
        {Enum.reverse(parsed), Enum.reverse(args), Enum.reverse(invalid)}

      {:error, ["--" | rest]} ->
        {Enum.reverse(parsed), Enum.reverse(args, rest), Enum.reverse(invalid)}

      {:error, [arg | rest] = remaining} ->
        if all? do
          run(rest, cfg, all?, parsed, [arg | args], invalid)
        else
          {Enum.reverse(parsed), Enum.reverse(args, remaining), Enum.reverse(invalid)}
        end
    end
  end

  defp store(parsed, key, value, kinds) do
    cond do
      :count in kinds -> Keyword.update(parsed, key, value, &(&1 + 1))
      :keep in kinds -> [{key, value} | parsed]
      true -> [{key, value} | Keyword.delete(parsed, key)]
    end
  end

  # One switch (and its value) off the front of argv.
  defp step([], _cfg), do: {:error, []}
  defp step(["--" | _] = argv, _cfg), do: {:error, argv}
  defp step(["-" | _] = argv, _cfg), do: {:error, argv}
  defp step(["- " <> _ | _] = argv, _cfg), do: {:error, argv}

  defp step(["--" <> long | rest], cfg) do
    {name, value} = split_eq(long)

    if String.contains?(name, "_") do
      {:undefined, "--" <> name, value, rest}
    else
      tagged(long_tag(name, cfg), value, "--" <> name, rest, cfg)
    end
  end

  defp step(["-" <> short | rest] = argv, cfg) do
    {name, value} = split_eq(short)
    original = "-" <> name

    cond do
      value == nil and digit_first?(name) ->
        {:error, argv}

      String.contains?(name, ["-", "_"]) ->
        {:undefined, original, value, rest}

      String.length(name) == 1 ->
        tagged(alias_tag(name, cfg), value, original, rest, cfg)

      true ->
        key = key_of(name, cfg.allow_atoms?)
        target = cfg.aliases[key]

        if key != nil and target != nil do
          IO.warn("multi-letter aliases are deprecated, got: #{inspect(key)}")
          tagged({:default, target}, value, original, rest, cfg)
        else
          step(expand_letters(name, value) ++ rest, cfg)
        end
    end
  end

  defp step(argv, _cfg), do: {:error, argv}

  defp tagged(:unknown, value, original, rest, _cfg) do
    {value, _kinds, rest} = take_value(value, [], rest)
    {:undefined, original, value, rest}
  end

  defp tagged({tag, key}, value, original, rest, cfg) do
    if cfg.strict? and not Keyword.has_key?(cfg.switches, key) do
      {:undefined, original, value, rest}
    else
      kinds = List.wrap(cfg.switches[key])

      {kinds, value} =
        case tag do
          :negated when value != nil -> {[:invalid], value}
          :negated -> {kinds, false}
          :default -> {kinds, value}
        end

      {value, kinds, rest} = take_value(value, kinds, rest)

      case check(value, kinds) do
        {:ok, value} -> {:ok, key, value, rest}
        :invalid -> {:invalid, original, value, rest}
      end
    end
  end

  # A switch given without "=value" takes the next argument as its value
  # unless it is a boolean, a count, or the next argument is a switch.
  defp take_value(nil, kinds, rest) do
    cond do
      :boolean in kinds -> {true, kinds, rest}
      :count in kinds -> {nil, kinds, rest}
      value_next?(rest) -> {hd(rest), kinds, tl(rest)}
      kinds == [] -> {true, kinds, rest}
      true -> {nil, [:invalid], rest}
    end
  end

  defp take_value(value, kinds, rest), do: {value, kinds, rest}

  defp value_next?([]), do: false
  defp value_next?(["-" | _]), do: true
  defp value_next?(["- " <> _ | _]), do: true
  defp value_next?(["-" <> arg | _]), do: digit_first?(arg)
  defp value_next?(_), do: true

  defp check(value, kinds) do
    cond do
      :invalid in kinds -> :invalid
      :boolean in kinds -> check_boolean(value)
      :count in kinds -> if value == nil, do: {:ok, 1}, else: :invalid
      :integer in kinds -> check_parsed(Integer.parse(value))
      :float in kinds -> check_parsed(Float.parse(value))
      true -> {:ok, value}
    end
  end

  defp check_boolean(v) when v in [true, "true"], do: {:ok, true}
  defp check_boolean(v) when v in [false, "false"], do: {:ok, false}
  defp check_boolean(_), do: :invalid

  defp check_parsed({number, ""}), do: {:ok, number}
  defp check_parsed(_), do: :invalid

  defp long_tag("no-" <> negated = name, cfg) do
    key = key_of(negated, cfg.allow_atoms?)

    if key != nil and :boolean in List.wrap(cfg.switches[key]) do
      {:negated, key}
    else
      case key_of(name, cfg.allow_atoms?) do
        nil -> :unknown
        key -> {:default, key}
      end
    end
  end

  defp long_tag(name, cfg) do
    case key_of(name, cfg.allow_atoms?) do
      nil -> :unknown
      key -> {:default, key}
    end
  end

  defp alias_tag(letter, cfg) do
    case cfg.aliases[atom_of(letter, cfg.allow_atoms?)] do
      nil -> :unknown
      key -> {:default, key}
    end
  end

  # "-abc" is "-a -b -c"; trailing digits and a "=value" go to the last letter.
  defp expand_letters(name, value) do
    {letters, digits} = name |> String.to_charlist() |> Enum.split_while(&(&1 not in ?0..?9))
    [last | firsts] = letters |> List.to_string() |> String.graphemes() |> Enum.reverse()
    suffix = if(digits != [], do: "=#{digits}", else: "") <> if(value, do: "=#{value}", else: "")
    Enum.reverse(firsts, []) |> Enum.map(&("-" <> &1)) |> Kernel.++(["-" <> last <> suffix])
  end

  defp split_eq(text) do
    case :binary.split(text, "=") do
      [name] -> {name, nil}
      [name, value] -> {name, value}
    end
  end

  defp digit_first?(<<c, _::binary>>) when c in ?0..?9, do: true
  defp digit_first?(_), do: false

  defp key_of(name, allow_atoms?), do: name |> String.replace("-", "_") |> atom_of(allow_atoms?)

  defp atom_of(name, true), do: String.to_atom(name)

  defp atom_of(name, false) do
    try do
      String.to_existing_atom(name)
    rescue
      ArgumentError -> nil
    end
  end

  defp config(opts) do
    {switches, strict?} =
      cond do
        opts[:switches] && opts[:strict] ->
          raise ArgumentError, ":switches and :strict cannot be given together"

        switches = opts[:switches] ->
          validate(switches)
          {switches, false}

        strict = opts[:strict] ->
          validate(strict)
          {strict, true}

        true ->
          IO.warn("not passing the :switches or :strict option to OptionParser is deprecated")
          {[], false}
      end

    %{
      switches: switches,
      strict?: strict?,
      aliases: opts[:aliases] || [],
      allow_atoms?: opts[:allow_nonexistent_atoms] || false
    }
  end

  defp validate(switches) do
    Enum.each(switches, fn {_name, types} ->
      case List.wrap(types) -- @switch_types do
        [] -> :ok
        bad -> raise ArgumentError, "invalid switch types/modifiers: " <> Enum.map_join(bad, ", ", &inspect/1)
      end
    end)
  end

  def to_argv(enum, options \\ []) do
    switches = Keyword.get(options, :switches, [])

    Enum.flat_map(enum, fn
      {_key, nil} -> []
      {key, true} -> [switch_name(key, "--")]
      {key, false} -> [switch_name(key, "--no-")]
      {key, value} -> if switches[key] == :count, do: List.duplicate(switch_name(key, "--"), value), else: [switch_name(key, "--"), to_string(value)]
    end)
  end

  defp switch_name(key, prefix) when is_atom(key), do: prefix <> String.replace(Atom.to_string(key), "_", "-")

  # A shell-like split: spaces separate, quotes group, backslash escapes.
  def split(string) when is_binary(string), do: split_words(String.trim_leading(string, " "), "", [], nil)

  defp split_words(<<?\\, q, rest::binary>>, word, acc, q), do: split_words(rest, <<word::binary, q>>, acc, q)
  defp split_words(<<q, rest::binary>>, word, acc, nil) when q in [?", ?'], do: split_words(rest, word, acc, q)
  defp split_words(<<q, rest::binary>>, word, acc, q), do: split_words(rest, word, acc, nil)

  defp split_words(<<?\\, c, rest::binary>>, word, acc, nil) when c in [?\s, ?', ?"],
    do: split_words(rest, <<word::binary, c>>, acc, nil)

  defp split_words(<<?\s, rest::binary>>, word, acc, nil),
    do: split_words(String.trim_leading(rest, " "), "", [word | acc], nil)

  defp split_words(<<c, rest::binary>>, word, acc, q), do: split_words(rest, <<word::binary, c>>, acc, q)
  defp split_words(<<>>, "", acc, nil), do: Enum.reverse(acc)
  defp split_words(<<>>, word, acc, nil), do: Enum.reverse([word | acc])

  defp split_words(<<>>, _word, _acc, q),
    do: raise("argv string did not terminate properly, a #{<<q>>} was opened but never closed")

  defp errors_message(errors, opts) do
    types = opts[:switches] || opts[:strict]
    n = length(errors)
    header = "#{n} #{if n == 1, do: "error", else: "errors"} found!\n"
    header <> Enum.map_join(errors, "\n", &error_line(&1, opts, types))
  end

  defp error_line({name, nil}, opts, types) do
    case type_of(name, opts, types) do
      nil ->
        base = "#{name} : Unknown option"

        case closest(name, types) do
          {similar, score} when score > 0.8 -> base <> ". Did you mean --#{similar}?"
          _ -> base
        end

      type ->
        "#{name} : Missing argument of type #{type}"
    end
  end

  defp error_line({name, value}, opts, types),
    do: "#{name} : Expected type #{type_of(name, opts, types)}, got #{inspect(value)}"

  defp type_of(name, opts, types) do
    key = name |> String.trim_leading("-") |> key_of(opts[:allow_nonexistent_atoms] || false)

    case opts[:aliases][key] do
      nil -> types[key]
      target -> types[target]
    end
  end

  defp closest(name, types) do
    target = name |> String.trim_leading("-") |> String.replace("-", "_")

    Enum.reduce(types, {nil, 0}, fn {source, _}, {_, best_score} = best ->
      source = Atom.to_string(source)
      score = String.jaro_distance(source, target)
      if score < best_score, do: best, else: {String.replace(source, "_", "-"), score}
    end)
  end
end
