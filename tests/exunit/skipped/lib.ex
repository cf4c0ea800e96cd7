defmodule Sk do
  def x, do: 1
end
