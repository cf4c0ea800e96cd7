defmodule M do
  def f(~U[2024-01-01 00:00:00+01:00]), do: 1
end
