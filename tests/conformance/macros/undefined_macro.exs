IO.puts("before")

defmodule Missing do
  def f, do: not_defined_anywhere(1)
end
