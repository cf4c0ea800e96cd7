defmodule U do
  defstruct a: 1
end

IO.puts("before")

defmodule M do
  def f, do: %U{b: 2}
end
