defmodule Ops do
  defmacro square(x) do
    quote do
      v = unquote(x)
      v * v
    end
  end
end

defmodule A do
  require Ops
  def f(n), do: Ops.square(n + 1)
end

defmodule B do
  import Ops
  def g(n), do: square(n) + square(2)
end

IO.inspect(A.f(2))
IO.inspect(B.g(3))
