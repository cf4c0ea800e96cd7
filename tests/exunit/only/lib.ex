defmodule Tagged do
  def value, do: 1
end
