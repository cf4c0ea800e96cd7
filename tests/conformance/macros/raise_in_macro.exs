defmodule Bad do
  defmacro boom(x) do
    raise ArgumentError, "cannot expand " <> inspect(x)
  end
end

IO.puts("before")

defmodule UseBad do
  require Bad
  def f, do: Bad.boom(1)
end

IO.puts("after")
