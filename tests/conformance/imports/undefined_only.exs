defmodule Small do
  def f, do: 1
end

IO.puts("start")

defmodule Bad do
  import Small, only: [g: 1]
end
