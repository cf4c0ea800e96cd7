IO.puts("start")

defmodule A do
  def f, do: __CALLER__
end
