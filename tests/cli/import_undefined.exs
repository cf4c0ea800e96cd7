defmodule B do
  def f, do: 1
end

defmodule A do
  import B, only: [g: 1]
end
