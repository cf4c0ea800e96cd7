# A leading Elixir segment names the module itself, never an alias.
defmodule Foo.Bar do
  def hi, do: :hi
end

defmodule User do
  alias Foo.Bar, as: Foo
  def a, do: Elixir.Foo.Bar.hi()
  def b, do: Elixir.Foo
  def c, do: Foo
end

IO.inspect(Elixir.Foo.Bar)
IO.inspect(Elixir.String.upcase("a"))
IO.inspect(Elixir)
IO.inspect({User.a(), User.b(), User.c()})
IO.inspect(Elixir.Foo.Bar == Foo.Bar)
IO.inspect(quote(do: Elixir.Foo.Bar) |> Macro.expand(__ENV__))
