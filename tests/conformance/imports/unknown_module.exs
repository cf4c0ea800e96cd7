IO.puts("before")

defmodule Broken do
  import DoesNotExist
  def f, do: 1
end

IO.puts("not reached")
