defprotocol Late do
  def late(x)
end

IO.inspect(Late.impl_for(1))
IO.inspect(Late.impl_for(:a))

try do
  Late.late(1)
rescue
  e -> IO.puts(Exception.message(e))
end

defimpl Late, for: Integer do
  def late(x), do: x * 2
end

IO.inspect(Late.impl_for(1))
IO.inspect(Late.late(21))
IO.inspect(Late.impl_for(:a))

defimpl Late, for: Atom do
  def late(x), do: {:atom, x}
end

IO.inspect(Late.late(:a))
IO.inspect(Late.impl_for(:a))
