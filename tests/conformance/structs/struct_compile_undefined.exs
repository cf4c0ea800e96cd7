IO.puts("before")

defmodule M do
  def f, do: %Nope{a: 1}
end
