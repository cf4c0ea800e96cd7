defmodule Id do
  def id(x), do: x
end
IO.inspect(<<Id.id(0xD800)::utf16>>)
