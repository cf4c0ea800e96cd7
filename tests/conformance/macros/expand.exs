defmodule Mac do
  defmacro inc(x), do: quote(do: unquote(x) + 1)
  defmacro twice_inc(x), do: quote(do: Mac.inc(Mac.inc(unquote(x))))
end

defmodule Expander do
  require Mac
  alias Some.Long.Name

  def run do
    env = __ENV__
    IO.inspect(Macro.expand(quote(do: Name), env))
    IO.inspect(Macro.expand(quote(do: Name.Sub), env))
    IO.inspect(Macro.expand(quote(do: Other), env))
    IO.puts(Macro.to_string(Macro.expand_once(quote(do: Mac.inc(y)), env)))
    IO.puts(Macro.to_string(Macro.expand_once(quote(do: Mac.twice_inc(y)), env)))
    IO.puts(Macro.to_string(Macro.expand(quote(do: Mac.twice_inc(y)), env)))
    IO.inspect(Macro.expand(quote(do: not_a_macro(1)), env) |> Macro.to_string())
    IO.inspect(Macro.expand(42, env))
  end
end

defmodule AliasArg do
  defmacro module_of(alias_ast) do
    mod = Macro.expand(alias_ast, __CALLER__)
    inspect(mod)
  end
end

defmodule UsesAliasArg do
  require AliasArg
  alias Deep.Thing
  def f, do: AliasArg.module_of(Thing)
end

Expander.run()
IO.puts(UsesAliasArg.f())
