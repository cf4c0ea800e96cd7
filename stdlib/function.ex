# Function (Elixir 1.14's lib/elixir/lib/function.ex, the functions that need
# no introspection of funs).
defmodule Function do
  def identity(value), do: value
end
