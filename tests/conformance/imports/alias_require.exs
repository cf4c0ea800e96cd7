defmodule Deep.Nested.Macros do
  defmacro answer, do: 42
end

defmodule AliasUser do
  require Deep.Nested.Macros, as: M
  def f, do: M.answer()
  alias Deep.Nested.Macros
  def g, do: Macros.answer() + 1
end

IO.inspect(AliasUser.f())
IO.inspect(AliasUser.g())
