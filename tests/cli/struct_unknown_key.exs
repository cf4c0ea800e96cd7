defmodule U do
  defstruct a: 1
end

defmodule M do
  def f(u), do: %U{u | b: 2}
end
