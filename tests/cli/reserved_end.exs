defmodule A do
  def f(x) do
    x +
  end
end
