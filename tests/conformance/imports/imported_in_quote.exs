defmodule Util do
  def wrap(x), do: {:wrapped, x}
end

defmodule Wrapper do
  import Util

  defmacro wrapped(x) do
    quote do: wrap(unquote(x))
  end
end

defmodule Caller do
  require Wrapper
  def f, do: Wrapper.wrapped(1)
end

IO.inspect(Caller.f())
