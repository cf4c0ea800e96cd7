defmodule VarMac do
  defmacro define(name, value) do
    var = Macro.var(name, nil)
    quote do
      unquote(var) = unquote(value)
    end
  end

  defmacro hygienic(name) do
    Macro.var(name, __MODULE__)
  end
end

defmodule UsesVarMac do
  require VarMac

  def f do
    VarMac.define(:answer, 42)
    answer + 1
  end
end

IO.inspect(UsesVarMac.f())
IO.inspect(Macro.var(:x, nil))
IO.inspect(Macro.var(:y, SomeContext))
