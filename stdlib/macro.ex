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

  # --- AST helpers, after Elixir 1.14's macro.ex ------------------------------

  def unpipe(expr), do: :lists.reverse(unpipe(expr, []))

  defp unpipe({:|>, _, [left, right]}, acc), do: unpipe(right, unpipe(left, acc))
  defp unpipe(other, acc), do: [{other, 0} | acc]

  # The errors for a non-call right side are Elixir's; piping into an
  # operator call is not refused (Elixir refuses unary/binary operators).
  def pipe(expr, {:&, _, _} = call_args, _integer), do: raise(ArgumentError, bad_pipe(expr, call_args))

  def pipe(expr, {tuple_or_map, _, _} = call_args, _integer) when tuple_or_map in [:{}, :%{}],
    do: raise(ArgumentError, bad_pipe(expr, call_args))

  def pipe(expr, {:__aliases__, _, _} = call_args, _integer), do: raise(ArgumentError, bad_pipe(expr, call_args))
  def pipe(expr, {:<<>>, _, _} = call_args, _integer), do: raise(ArgumentError, bad_pipe(expr, call_args))

  def pipe(expr, {:fn, _, _}, _integer) do
    raise ArgumentError,
          "cannot pipe #{Macro.to_string(expr)} into an anonymous function without" <>
            " calling the function; use Kernel.then/2 instead or" <>
            " define the anonymous function as a regular private function"
  end

  def pipe(expr, {call, line, atom}, integer) when is_atom(atom), do: {call, line, List.insert_at([], integer, expr)}

  def pipe(_expr, {op, _line, [arg]}, _integer) when op == :+ or op == :- do
    raise ArgumentError,
          "piping into a unary operator is not supported, please use the qualified name: " <>
            "Kernel.#{op}(#{Macro.to_string(arg)}), instead of #{op}#{Macro.to_string(arg)}"
  end

  def pipe(expr, {op, line, args}, integer) when is_list(args), do: {op, line, List.insert_at(args, integer, expr)}

  def pipe(expr, call_args, _integer), do: raise(ArgumentError, bad_pipe(expr, call_args))

  defp bad_pipe(expr, call_args) do
    "cannot pipe #{Macro.to_string(expr)} into #{Macro.to_string(call_args)}, " <>
      "can only pipe into local calls foo(), remote calls Foo.bar() or anonymous function calls foo.()"
  end

  def update_meta({left, meta, right}, fun) when is_list(meta), do: {left, fun.(meta), right}
  def update_meta(other, _fun), do: other

  def generate_arguments(amount, context), do: generate_arguments(amount, context, &Macro.var/2)
  def generate_unique_arguments(amount, context), do: generate_arguments(amount, context, &unique_var/2)

  defp generate_arguments(0, context, _fun) when is_atom(context), do: []

  defp generate_arguments(amount, context, fun) when is_integer(amount) and amount > 0 and is_atom(context) do
    for id <- 1..amount, do: fun.(String.to_atom("arg" <> Integer.to_string(id)), context)
  end

  # Elixir's counters come from the module being compiled; any unique
  # integer keeps the variables apart.
  def unique_var(var, context) when is_atom(var) and is_atom(context),
    do: {var, [counter: :erlang.unique_integer()], context}

  def decompose_call({:{}, _, args}) when is_list(args), do: :error

  def decompose_call({{:., _, [remote, function]}, _, args}) when is_tuple(remote) or is_atom(remote),
    do: {remote, function, args}

  def decompose_call({name, _, args}) when is_atom(name) and is_atom(args), do: {name, []}
  def decompose_call({name, _, args}) when is_atom(name) and is_list(args), do: {name, args}
  def decompose_call(_), do: :error

  def quoted_literal?({:__aliases__, _, args}), do: quoted_literal?(args)
  def quoted_literal?({:%, _, [left, right]}), do: quoted_literal?(left) and quoted_literal?(right)
  def quoted_literal?({:%{}, _, args}), do: quoted_literal?(args)
  def quoted_literal?({:{}, _, args}), do: quoted_literal?(args)
  def quoted_literal?({left, right}), do: quoted_literal?(left) and quoted_literal?(right)
  def quoted_literal?(list) when is_list(list), do: :lists.all(&quoted_literal?/1, list)
  def quoted_literal?(term), do: is_atom(term) or is_number(term) or is_binary(term)

  def path(ast, fun) when is_function(fun, 1), do: path(ast, [], fun)

  defp path({form, _, args} = ast, acc, fun) when is_atom(form) do
    acc = [ast | acc]
    if fun.(ast), do: acc, else: path_args(args, acc, fun)
  end

  defp path({form, _meta, args} = ast, acc, fun) do
    acc = [ast | acc]

    if fun.(ast) do
      acc
    else
      path(form, acc, fun) || path_args(args, acc, fun)
    end
  end

  defp path({left, right} = ast, acc, fun) do
    acc = [ast | acc]

    if fun.(ast) do
      acc
    else
      path(left, acc, fun) || path(right, acc, fun)
    end
  end

  defp path(list, acc, fun) when is_list(list) do
    acc = [list | acc]
    if fun.(list), do: acc, else: path_list(list, acc, fun)
  end

  defp path(ast, acc, fun) do
    if fun.(ast), do: [ast | acc]
  end

  defp path_args(atom, _acc, _fun) when is_atom(atom), do: nil
  defp path_args(list, acc, fun) when is_list(list), do: path_list(list, acc, fun)

  defp path_list([], _acc, _fun), do: nil
  defp path_list([arg | args], acc, fun), do: path(arg, acc, fun) || path_list(args, acc, fun)
end
