defmodule Outer do
  defprotocol Inner do
    def hi(x)
  end

  defimpl Inner, for: Integer do
    def hi(x), do: {:hi, x}
  end

  def go(x), do: Inner.hi(x)
end

IO.inspect(Outer.go(3))
IO.inspect(Outer.Inner.hi(4))
IO.inspect(Outer.Inner.impl_for(5))
IO.inspect(Outer.Inner.__protocol__(:module))
