defmodule I do
  def f(n), do: 1 + f(n + 1)
end
IO.puts(I.f(0))
