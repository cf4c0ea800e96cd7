defmodule Impl do
  def add(a, b), do: a + b
  def hello, do: "hi"
  def twice(x), do: x * 2
end

defmodule Facade do
  defdelegate add(a, b), to: Impl
  defdelegate hello(), to: Impl
  defdelegate double(x), to: Impl, as: :twice
end

IO.inspect(Facade.add(1, 2))
IO.inspect(Facade.hello())
IO.inspect(Facade.double(21))
