defmodule Caller do
  def go(m), do: apply(m, :missing, [1, 2])
end

Caller.go(Enum)
