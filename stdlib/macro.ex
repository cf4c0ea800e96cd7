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
end
