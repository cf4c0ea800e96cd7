defmodule NeedsRequire do
  defmacro m(x), do: x
end

defmodule Forgot do
  def f, do: NeedsRequire.m(1)
end

Forgot.f()
