defmodule U do
  defstruct a: 1
end

IO.puts("before")

defmodule M do
  def f(u), do: %U{u | b: 2}
end
