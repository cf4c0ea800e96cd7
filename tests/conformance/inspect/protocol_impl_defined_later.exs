# A struct inspected before its defimpl Inspect exists, then after.
defmodule Late do
  defstruct [:v]
end

defmodule Show do
  def it, do: IO.inspect(%Late{v: 1})
end

Show.it()

defimpl Inspect, for: Late do
  def inspect(%{v: v}, _), do: "#Late<#{v}>"
end

Show.it()
IO.inspect(Inspect.impl_for(Show.it()))
