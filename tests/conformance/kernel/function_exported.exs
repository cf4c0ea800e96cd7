defmodule Shapes do
  defstruct [:sides]
  def area(x \\ 1), do: x
  defp hidden, do: 1
  defmacro twice(a), do: quote(do: unquote(a) * 2)
  defmacrop private_macro, do: 1
  def uses, do: hidden() + private_macro()
end

IO.inspect function_exported?(Kernel, :rem, 2)
IO.inspect function_exported?(Kernel, :elem, 2)
IO.inspect function_exported?(Kernel, :+, 1)
IO.inspect function_exported?(Kernel, :if, 2)
IO.inspect function_exported?(Kernel, :rem, 3)
IO.inspect function_exported?(Kernel, :function_exported?, 3)
IO.inspect function_exported?(:erlang, :rem, 2)
IO.inspect function_exported?(:erlang, :nope, 2)
IO.inspect function_exported?(Enum, :map, 2)
IO.inspect function_exported?(NoSuchModule, :x, 0)
IO.inspect function_exported?(Shapes, :area, 0)
IO.inspect function_exported?(Shapes, :area, 1)
IO.inspect function_exported?(Shapes, :area, 2)
IO.inspect function_exported?(Shapes, :hidden, 0)
IO.inspect function_exported?(Shapes, :twice, 1)
IO.inspect function_exported?(Shapes, :__struct__, 0)
IO.inspect function_exported?(Shapes, :__info__, 1)
IO.inspect macro_exported?(Shapes, :twice, 1)
IO.inspect macro_exported?(Shapes, :private_macro, 0)
IO.inspect macro_exported?(Shapes, :area, 0)
IO.inspect macro_exported?(Kernel, :if, 2)
IO.inspect macro_exported?(Kernel, :defmodule, 2)
IO.inspect macro_exported?(Kernel, :rem, 2)
IO.inspect macro_exported?(NoSuchModule, :x, 0)
IO.inspect Code.ensure_loaded?(Shapes)
IO.inspect Code.ensure_loaded(Shapes)
IO.inspect Code.ensure_loaded(NoSuchModule)
IO.inspect Code.ensure_loaded?(NoSuchModule)

for {m, f, a} <- [{Kernel, :abs, 1}, {Kernel, :is_atom, 1}, {Kernel, :unless, 2}] do
  IO.puts "#{inspect m}.#{f}/#{a}: #{function_exported?(m, f, a)} #{macro_exported?(m, f, a)}"
end

try do
  function_exported?("Kernel", :rem, 2)
rescue
  e -> IO.inspect e.__struct__
end
