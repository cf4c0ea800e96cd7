# The :ets functions that take funs, in Elixir over the natives
# (runtime/builtins/ets.cpp, docs/ets.md): they walk a snapshot of the table
# (ets:tab2list/1) where OTP walks the table itself, so objects inserted or
# deleted by the fun are not seen.
defmodule :ets do
  def foldl(fun, acc, table) when is_function(fun, 2), do: :lists.foldl(fun, acc, :ets.tab2list(table))

  def foldr(fun, acc, table) when is_function(fun, 2),
    do: :lists.foldl(fun, acc, :lists.reverse(:ets.tab2list(table)))
end
