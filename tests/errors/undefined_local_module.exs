defmodule Here do
  def exists, do: :ok
end

Here.missing(1, 2)
