IO.puts("start")

defmodule A do
  def f, do: 1
  defoverridable g: 1
end

IO.puts("not reached")
