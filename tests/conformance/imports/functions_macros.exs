defmodule Lib do
  def fun(x), do: {:fun, x}
  defmacro mac(x), do: quote(do: {:mac, unquote(x)})
end

defmodule OnlyFunctions do
  import Lib, only: :functions
  def f, do: fun(1)
end

defmodule OnlyMacros do
  import Lib, only: :macros
  def f, do: mac(2)
end

defmodule Both do
  import Lib
  def f, do: {fun(3), mac(4)}
end

IO.inspect(OnlyFunctions.f())
IO.inspect(OnlyMacros.f())
IO.inspect(Both.f())
