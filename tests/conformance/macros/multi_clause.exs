defmodule Clauses do
  defmacro describe({:+, _, [a, b]}), do: "sum of #{Macro.to_string(a)} and #{Macro.to_string(b)}"
  defmacro describe({name, _, args}) when is_atom(name) and is_list(args), do: "call of #{name}/#{length(args)}"
  defmacro describe({name, _, ctx}) when is_atom(name) and is_atom(ctx), do: "variable #{name}"
  defmacro describe(n) when is_integer(n), do: "integer #{n}"
  defmacro describe(_), do: "something else"

  defmacro with_default(x, y \\ 10), do: quote(do: unquote(x) + unquote(y))
end

defmodule UsesClauses do
  require Clauses

  def all do
    [
      Clauses.describe(1 + 2),
      Clauses.describe(foo(1, 2, 3)),
      Clauses.describe(x),
      Clauses.describe(7),
      Clauses.describe("str"),
      Clauses.with_default(1),
      Clauses.with_default(1, 2)
    ]
  end
end

Enum.each(UsesClauses.all(), &IO.inspect/1)
