# Macro: the functions written in the language (the rest, Macro.escape/1 and
# Macro.to_string/1, are builtins in runtime/builtins/macro.cpp). Walks call
# the given functions as ordinary calls of the running process, so they see
# its pid, its process state and its exceptions, as in Elixir.
defmodule Macro do
  def traverse(ast, acc, pre, post) when is_function(pre, 2) and is_function(post, 2) do
    {ast, acc} = pre.(ast, acc)
    do_traverse(ast, acc, pre, post)
  end

  def prewalk(ast, fun) when is_function(fun, 1) do
    {ast, nil} = traverse(ast, nil, fn x, nil -> {fun.(x), nil} end, fn x, nil -> {x, nil} end)
    ast
  end

  def prewalk(ast, acc, fun) when is_function(fun, 2) do
    traverse(ast, acc, fun, fn x, a -> {x, a} end)
  end

  def postwalk(ast, fun) when is_function(fun, 1) do
    {ast, nil} = traverse(ast, nil, fn x, nil -> {x, nil} end, fn x, nil -> {fun.(x), nil} end)
    ast
  end

  def postwalk(ast, acc, fun) when is_function(fun, 2) do
    traverse(ast, acc, fn x, a -> {x, a} end, fun)
  end

  # A call or variable: the callee is walked unless it is a name, then the
  # arguments (an atom context for a variable).
  defp do_traverse({form, meta, args}, acc, pre, post) when is_atom(form) do
    {args, acc} = traverse_args(args, acc, pre, post)
    post.({form, meta, args}, acc)
  end

  defp do_traverse({form, meta, args}, acc, pre, post) do
    {form, acc} = pre.(form, acc)
    {form, acc} = do_traverse(form, acc, pre, post)
    {args, acc} = traverse_args(args, acc, pre, post)
    post.({form, meta, args}, acc)
  end

  defp do_traverse({left, right}, acc, pre, post) do
    {left, acc} = pre.(left, acc)
    {left, acc} = do_traverse(left, acc, pre, post)
    {right, acc} = pre.(right, acc)
    {right, acc} = do_traverse(right, acc, pre, post)
    post.({left, right}, acc)
  end

  defp do_traverse(list, acc, pre, post) when is_list(list) do
    {list, acc} = traverse_args(list, acc, pre, post)
    post.(list, acc)
  end

  defp do_traverse(other, acc, _pre, post), do: post.(other, acc)

  defp traverse_args(args, acc, _pre, _post) when is_atom(args), do: {args, acc}

  defp traverse_args([head | tail], acc, pre, post) do
    {head, acc} = pre.(head, acc)
    {head, acc} = do_traverse(head, acc, pre, post)
    {tail, acc} = traverse_args(tail, acc, pre, post)
    {[head | tail], acc}
  end

  defp traverse_args([], acc, _pre, _post), do: {[], acc}

  # Macro.underscore/1 and camelize/1, as in Elixir 1.14.
  def underscore(atom_or_string)

  def underscore(atom) when is_atom(atom) do
    "Elixir." <> rest = Atom.to_string(atom)
    underscore(rest)
  end

  def underscore(<<h, t::binary>>) do
    <<to_lower_char(h)>> <> do_underscore(t, h)
  end

  def underscore("") do
    ""
  end

  defp do_underscore(<<h, t, rest::binary>>, _)
       when h >= ?A and h <= ?Z and not (t >= ?A and t <= ?Z) and not (t >= ?0 and t <= ?9) and
              t != ?. and t != ?_ do
    <<?_, to_lower_char(h), t>> <> do_underscore(rest, t)
  end

  defp do_underscore(<<h, t::binary>>, prev)
       when h >= ?A and h <= ?Z and not (prev >= ?A and prev <= ?Z) and prev != ?_ do
    <<?_, to_lower_char(h)>> <> do_underscore(t, h)
  end

  defp do_underscore(<<?., t::binary>>, _) do
    <<?/>> <> underscore(t)
  end

  defp do_underscore(<<h, t::binary>>, _) do
    <<to_lower_char(h)>> <> do_underscore(t, h)
  end

  defp do_underscore(<<>>, _) do
    <<>>
  end

  def camelize(string)

  def camelize(""), do: ""
  def camelize(<<?_, t::binary>>), do: camelize(t)
  def camelize(<<h, t::binary>>), do: <<to_upper_char(h)>> <> do_camelize(t)

  defp do_camelize(<<?_, ?_, t::binary>>), do: do_camelize(<<?_, t::binary>>)

  defp do_camelize(<<?_, h, t::binary>>) when h >= ?a and h <= ?z,
    do: <<to_upper_char(h)>> <> do_camelize(t)

  defp do_camelize(<<?_, h, t::binary>>) when h >= ?0 and h <= ?9, do: <<h>> <> do_camelize(t)
  defp do_camelize(<<?_>>), do: <<>>
  defp do_camelize(<<?/, t::binary>>), do: <<?.>> <> camelize(t)
  defp do_camelize(<<h, t::binary>>), do: <<h>> <> do_camelize(t)
  defp do_camelize(<<>>), do: <<>>

  defp to_upper_char(char) when char >= ?a and char <= ?z, do: char - 32
  defp to_upper_char(char), do: char

  defp to_lower_char(char) when char >= ?A and char <= ?Z, do: char + 32
  defp to_lower_char(char), do: char

  @binary_ops [:+, :-, :*, :/, :++, :--, :+++, :---, :.., :<>, :and, :or, :&&, :||, :|, :"::"] ++
                [:=, :==, :!=, :===, :!==, :<, :>, :<=, :>=, :=~, :|>, :<<<, :>>>, :<<~, :~>>] ++
                [:<~, :~>, :<~>, :"<|>", :**, :in, :when, :<-, :\\, :., :"^^^", :&&&, :|||]
  @unary_ops [:+, :-, :!, :^, :not, :&, :"~~~", :@]

  def operator?(name, arity)
  def operator?(:"..//", 3), do: true
  def operator?(name, 2) when is_atom(name), do: name in @binary_ops
  def operator?(name, 1) when is_atom(name), do: name in @unary_ops
  def operator?(:.., 0), do: true
  def operator?(name, arity) when is_atom(name) and is_integer(arity), do: false

  @any_arity [:->, :fn, :for, :with, :super, :__block__, :__aliases__, :%{}, :{}, :<<>>]
  @fixed_arity [
    ^: 1, &: 1, |: 2, "::": 2, =: 2, .: 2, %: 2, case: 2, cond: 1, try: 1, receive: 1,
    quote: 1, quote: 2, unquote: 1, unquote_splicing: 1, import: 1, import: 2, alias: 1,
    alias: 2, require: 1, require: 2, __MODULE__: 0, __DIR__: 0, __ENV__: 0, __CALLER__: 0,
    __STACKTRACE__: 0
  ]

  def special_form?(name, arity) when is_atom(name) and is_integer(arity),
    do: name in @any_arity or {name, arity} in @fixed_arity

  def quoted_literal?({:__aliases__, _, args}), do: quoted_literal?(args)
  def quoted_literal?({:%, _, [left, right]}), do: quoted_literal?(left) and quoted_literal?(right)
  def quoted_literal?({:%{}, _, args}), do: quoted_literal?(args)
  def quoted_literal?({:{}, _, args}), do: quoted_literal?(args)
  def quoted_literal?({left, right}), do: quoted_literal?(left) and quoted_literal?(right)
  def quoted_literal?(list) when is_list(list), do: Enum.all?(list, &quoted_literal?/1)
  def quoted_literal?(term), do: is_atom(term) or is_number(term) or is_binary(term)

  def decompose_call({:{}, _, args}) when is_list(args), do: :error

  def decompose_call({{:., _, [remote, function]}, _, args})
      when is_tuple(remote) or is_atom(remote),
      do: {remote, function, args}

  def decompose_call({name, _, args}) when is_atom(name) and is_atom(args), do: {name, []}
  def decompose_call({name, _, args}) when is_atom(name) and is_list(args), do: {name, args}
  def decompose_call(_), do: :error

  def update_meta({left, meta, right}, fun) when is_list(meta), do: {left, fun.(meta), right}
  def update_meta(other, _fun), do: other

  def unique_var(var, context) when is_atom(var) and is_atom(context),
    do: {var, [counter: :erlang.unique_integer([:positive])], context}

  def generate_arguments(0, context) when is_atom(context), do: []

  def generate_arguments(amount, context)
      when is_integer(amount) and amount > 0 and is_atom(context),
      do: for(id <- 1..amount, do: {String.to_atom("arg" <> Integer.to_string(id)), [], context})

  def generate_unique_arguments(0, context) when is_atom(context), do: []

  def generate_unique_arguments(amount, context)
      when is_integer(amount) and amount > 0 and is_atom(context),
      do: for(id <- 1..amount, do: unique_var(String.to_atom("arg" <> Integer.to_string(id)), context))

  # Macro.validate/1: :ok for a valid quoted expression, {:error, remainder}
  # for the first invalid part.
  def validate(expr) do
    case find_invalid(expr) do
      nil -> :ok
      invalid -> {:error, invalid}
    end
  end

  defp find_invalid({left, right}), do: find_invalid(left) || find_invalid(right)

  defp find_invalid({left, meta, right}) when is_list(meta) and (is_atom(right) or is_list(right)),
    do: find_invalid(left) || find_invalid(right)

  defp find_invalid(list) when is_list(list), do: Enum.find_value(list, &find_invalid/1)

  defp find_invalid(pid) when is_pid(pid), do: nil
  defp find_invalid(atom) when is_atom(atom), do: nil
  defp find_invalid(num) when is_number(num), do: nil
  defp find_invalid(bin) when is_binary(bin), do: nil

  defp find_invalid(fun) when is_function(fun) do
    case Function.info(fun, :type) do
      {:type, :external} -> nil
      _ -> fun
    end
  end

  defp find_invalid(other), do: other

  # Macro.path/2: the path from the node for which fun is true up to the
  # root, or nil.
  def path(ast, fun) when is_function(fun, 1), do: path(ast, [], fun)

  defp path({form, _, args} = ast, acc, fun) when is_atom(form) do
    acc = [ast | acc]
    if fun.(ast), do: acc, else: path_args(args, acc, fun)
  end

  defp path({form, _meta, args} = ast, acc, fun) do
    acc = [ast | acc]
    if fun.(ast), do: acc, else: path(form, acc, fun) || path_args(args, acc, fun)
  end

  defp path({left, right} = ast, acc, fun) do
    acc = [ast | acc]
    if fun.(ast), do: acc, else: path(left, acc, fun) || path(right, acc, fun)
  end

  defp path(list, acc, fun) when is_list(list) do
    acc = [list | acc]
    if fun.(list), do: acc, else: path_list(list, acc, fun)
  end

  defp path(ast, acc, fun), do: if(fun.(ast), do: [ast | acc])

  defp path_args(atom, _acc, _fun) when is_atom(atom), do: nil
  defp path_args(list, acc, fun) when is_list(list), do: path_list(list, acc, fun)

  defp path_list([], _acc, _fun), do: nil
  defp path_list([arg | args], acc, fun), do: path(arg, acc, fun) || path_list(args, acc, fun)

  # Macro.unpipe/1: the expressions of a pipeline, each with the position
  # it is piped into.
  def unpipe(expr), do: :lists.reverse(unpipe(expr, []))

  defp unpipe({:|>, _, [left, right]}, acc), do: unpipe(right, unpipe(left, acc))
  defp unpipe(other, acc), do: [{other, 0} | acc]

  # Macro.pipe/3: puts expr as argument number `position` of the call.
  def pipe(expr, {:&, _, _} = call_args, _integer), do: pipe_error(expr, call_args)

  def pipe(expr, {tuple_or_map, _, _} = call_args, _integer) when tuple_or_map in [:{}, :%{}],
    do: pipe_error(expr, call_args)

  def pipe(expr, {:__aliases__, _, _} = call_args, _integer),
    do: pipe_error(expr, call_args)

  def pipe(expr, {:<<>>, _, _} = call_args, _integer),
    do: pipe_error(expr, call_args)

  def pipe(expr, {:fn, _, _}, _integer) do
    raise ArgumentError,
          "cannot pipe #{Macro.to_string(expr)} into an anonymous function without" <>
            " calling the function; use Kernel.then/2 instead or" <>
            " define the anonymous function as a regular private function"
  end

  def pipe(expr, {call, line, atom}, _integer) when is_atom(atom), do: {call, line, [expr]}

  def pipe(_expr, {op, _line, [arg]}, _integer) when op == :+ or op == :- do
    raise ArgumentError,
          "piping into a unary operator is not supported, please use the qualified name: " <>
            "Kernel.#{op}(#{Macro.to_string(arg)}), instead of #{op}#{Macro.to_string(arg)}"
  end

  def pipe(expr, {op, line, args} = op_args, integer) when is_list(args) do
    cond do
      is_atom(op) and operator?(op, 1) ->
        raise ArgumentError,
              "cannot pipe #{Macro.to_string(expr)} into #{Macro.to_string(op_args)}, " <>
                "the #{Macro.to_string(op)} operator can only take one argument"

      is_atom(op) and operator?(op, 2) ->
        raise ArgumentError,
              "cannot pipe #{Macro.to_string(expr)} into #{Macro.to_string(op_args)}, " <>
                "the #{Macro.to_string(op)} operator can only take two arguments"

      true ->
        {op, line, List.insert_at(args, integer, expr)}
    end
  end

  def pipe(expr, call_args, _integer) do
    raise ArgumentError,
          "cannot pipe #{Macro.to_string(expr)} into #{Macro.to_string(call_args)}, " <>
            "can only pipe into local calls foo(), remote calls Foo.bar() or anonymous function calls foo.()"
  end

  defp pipe_error(expr, call_args) do
    raise ArgumentError,
          "cannot pipe #{Macro.to_string(expr)} into #{Macro.to_string(call_args)}, " <>
            "can only pipe into local calls foo(), remote calls Foo.bar() or anonymous function calls foo.()"
  end

  # Macro.struct!/2: the struct's default map (the module must be compiled).
  def struct!(module, env) when is_atom(module) do
    if module == env.module do
      raise ArgumentError,
            "cannot access struct #{inspect(module)}, the struct was not yet defined or the struct is " <>
              "being accessed in the same context that defines it"
    end

    module.__struct__()
  end

  # Macro.classify_atom/1: how the atom is written: an :alias (Foo), an
  # :identifier (foo, nil), an operator or other name written :unquoted
  # after a colon, or one that needs :quoted.
  def classify_atom(atom) when is_atom(atom) do
    case Macro.inspect_atom(:literal, atom) do
      ":\"" <> _ -> :quoted
      ":" <> <<c::utf8, _::binary>> when c in ?a..?z or c == ?_ or c >= 128 -> :identifier
      ":" <> _ -> :unquoted
      <<c, _::binary>> when c in ?A..?Z -> :alias
      _ -> :identifier
    end
  end
end
