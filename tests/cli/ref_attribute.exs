defmodule RefAttr do
  @r make_ref()
  def r, do: @r
end
