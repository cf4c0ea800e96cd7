defmodule Conf do
  def load(:bad), do: raise(ArgumentError, "bad config")
  def load(x), do: x
end
