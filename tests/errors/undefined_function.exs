defmodule Caller do
  def go(x), do: Nowhere.fetch(x) + 1
end

IO.puts("before")
Caller.go(42)
