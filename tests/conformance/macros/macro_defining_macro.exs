defmodule MacroMaker do
  defmacro defconst(name, value) do
    quote do
      defmacro unquote(name)(), do: unquote(value)
    end
  end
end

defmodule Consts do
  require MacroMaker
  MacroMaker.defconst(:ten, 10)
  MacroMaker.defconst(:greeting, "hi")
end

defmodule UsesConsts do
  require Consts
  def f, do: {Consts.ten(), Consts.greeting()}
end

IO.inspect(UsesConsts.f())

defmodule Interp do
  defmacro label(x) do
    quote do: "value: #{unquote(x)}"
  end
  defmacro mod, do: quote(do: __MODULE__)
end

defmodule UsesInterp do
  require Interp
  def f(v), do: Interp.label(v)
  def g, do: Interp.mod()
end

IO.puts(UsesInterp.f(5))
IO.inspect(UsesInterp.g())
