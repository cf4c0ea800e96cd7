defprotocol Double do
  def double(x)
end

defimpl Double, for: Integer do
  def double(x), do: x * 2
  def helper, do: :extra
end

defimpl Double, for: List do
  def double(list), do: Enum.map(list, &Double.double/1)
end

IO.inspect(Double.Integer.double(4))
IO.inspect(Double.Integer.helper())
IO.inspect(Double.double([1, [2, 3]]))
IO.inspect(Double.List.double([5]))
IO.inspect(Double.impl_for!(1))

try do
  Double.impl_for!(:nope)
rescue
  e in Protocol.UndefinedError -> IO.inspect({e.protocol, e.value})
end

IO.inspect(Double.__protocol__(:functions))
