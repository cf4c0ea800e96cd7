Foo
Foo.Bar.Baz
Elixir.Foo
__MODULE__.Sub
a.B
alias Foo.{Bar, Baz}
