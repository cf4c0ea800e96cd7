IO.puts("start")

defmodule Twice do
  defstruct a: 1
  defstruct b: 1
end
