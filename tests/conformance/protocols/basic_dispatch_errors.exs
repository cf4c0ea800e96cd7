defprotocol Size do
  @doc "size"
  @spec size(t) :: integer
  def size(data)
end
defmodule Foo do
  defstruct a: 1
end
defimpl Size, for: Integer do
  def size(i), do: i
end
defmodule Main do
def run do
IO.inspect Size.impl_for(1)
IO.inspect Size.impl_for(%Foo{})
IO.inspect Size.__protocol__(:functions)
IO.inspect Size.__protocol__(:module)
IO.inspect Size.__protocol__(:consolidated?)
IO.inspect Size.__protocol__(:impls)
IO.inspect Size.Integer.__impl__(:for)
IO.inspect Size.Integer.__impl__(:protocol)
try do Size.size(%Foo{}) rescue e -> IO.puts(Exception.message(e)) end
try do Size.size(:a) rescue e -> IO.puts(Exception.message(e)) end
try do to_string(%Foo{}) rescue e -> IO.puts(Exception.message(e)) end
try do to_string({1}) rescue e -> IO.puts(Exception.message(e)) end
try do Enum.map(%Foo{}, &(&1)) rescue e -> IO.puts(Exception.message(e)) end
try do Enum.into([1], %Foo{}) rescue e -> IO.puts(Exception.message(e)) end
try do Enum.into([1], 3) rescue e -> IO.puts(Exception.message(e)) end
end
end
Main.run
