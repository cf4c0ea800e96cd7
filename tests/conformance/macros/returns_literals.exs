defmodule Lit do
  defmacro number, do: 42
  defmacro list, do: [1, 2, 3]
  defmacro kw, do: [a: 1, b: 2]
  defmacro pair, do: {:ok, "yes"}
  defmacro string, do: "hello"
  defmacro compute(a, b) when is_integer(a) and is_integer(b), do: a * b
end

defmodule UseLit do
  require Lit
  def all, do: {Lit.number(), Lit.list(), Lit.kw(), Lit.pair(), Lit.string(), Lit.compute(6, 7)}
end

IO.inspect(UseLit.all())
