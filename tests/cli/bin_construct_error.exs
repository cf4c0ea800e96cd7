defmodule Id do
  def id(x), do: x
end
s = Id.id("abc")
IO.inspect(<<s::binary-size(5)>>)
