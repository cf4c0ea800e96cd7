defmodule Ctx do
  defmacro set(v) do
    quote do
      var!(shared, Ctx) = unquote(v)
    end
  end

  defmacro get do
    quote do: var!(shared, Ctx)
  end

  defmacro set_plain(name, v) do
    quote do
      var!(unquote(name)) = unquote(v)
    end
  end
end

defmodule UseCtx do
  require Ctx

  def f do
    Ctx.set(5)
    shared = 1
    {shared, Ctx.get()}
  end

  def g do
    Ctx.set_plain(answer, 42)
    answer
  end
end

IO.inspect(UseCtx.f())
IO.inspect(UseCtx.g())
