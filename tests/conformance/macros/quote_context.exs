defmodule Q do
  def var_form, do: quote(do: y)
  def call_form, do: quote(do: foo(a))
  def alias_form, do: quote(do: Some.Mod)
end

IO.inspect(Q.var_form())
IO.inspect(Q.call_form())
IO.inspect(Q.alias_form())
IO.inspect(quote do: Foo.Bar.baz())
alias Foo.Bar
IO.inspect(quote do: Bar)
IO.inspect(quote do: not x)
IO.inspect(quote do: -1)
IO.inspect(quote do: import(Foo))
