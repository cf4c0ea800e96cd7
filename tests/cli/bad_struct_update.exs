defmodule S do
  defstruct a: 1
end

defmodule M do
  def f(x), do: %S{x | a: 2}
end

M.f(%{a: 1})
