defmodule Id do
  def id(x), do: x
end
n = Id.id(8)
IO.inspect(<<1.5::float-size(n)>>)
