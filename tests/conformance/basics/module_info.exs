IO.inspect Module.split(Foo.Bar)
IO.inspect Module.concat(Foo, "Bar.Baz")
IO.inspect Module.concat(["Elixir.A", nil, :B])
defmodule S do
  defstruct [:a, b: 1]
  defmacro mm(x), do: x
  def f(a), do: a
end
IO.inspect S.__info__(:functions)
IO.inspect S.__info__(:macros)
IO.inspect S.__info__(:struct)
IO.inspect function_exported?(S, :f, 1)
IO.inspect function_exported?(S, :mm, 1)
IO.inspect function_exported?(String, :upcase, 1)
IO.inspect Code.ensure_loaded(S)
IO.inspect Code.ensure_loaded?(Nope)
try do S.nope() rescue e -> IO.puts Exception.message(e) end
