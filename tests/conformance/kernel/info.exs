defmodule Point do
  @enforce_keys [:x]
  defstruct [:x, y: 0, z: nil]
  def new(x), do: %Point{x: x}
  def dist(%Point{x: x, y: y}), do: x + y
  defp secret, do: :s
  def reveal, do: secret()
  defmacro origin, do: quote(do: %Point{x: 0})
  def unquote(:"odd name")(), do: :odd
  def f(a, b \\ 1, c \\ 2), do: {a, b, c}
end

IO.inspect Point.__info__(:module)
IO.inspect Point.__info__(:functions)
IO.inspect Point.__info__(:macros)
IO.inspect Point.__info__(:struct)

defmodule Plain do
  def a, do: 1
end

IO.inspect Plain.__info__(:functions)
IO.inspect Plain.__info__(:macros)
IO.inspect Plain.__info__(:struct)

defmodule Oops do
  defexception [:message]
end

IO.inspect Oops.__info__(:functions)
IO.inspect Oops.__info__(:struct)

defprotocol Sized do
  def size(x)
end

IO.inspect Sized.__info__(:functions)

fs = Kernel.__info__(:functions)
IO.inspect Enum.filter(fs, fn {n, _} -> n in [:rem, :elem, :+, :abs, :is_atom, :inspect, :struct, :**, :=~] end)
IO.inspect Enum.member?(fs, {:if, 2})
ms = Kernel.__info__(:macros)
IO.inspect length(ms)
IO.inspect Enum.filter(ms, fn {n, _} -> n in [:if, :unless, :is_struct, :def, :|>, :sigil_w] end)
IO.inspect Kernel.__info__(:module)
IO.inspect Enum.all?(fs, fn {n, a} -> function_exported?(Kernel, n, a) end)

# every function __info__ lists can be called through apply
IO.inspect Enum.map([{:abs, [-1]}, {:is_nil, [nil]}, {:length, [[1]]}], fn {f, args} ->
  if function_exported?(Kernel, f, length(args)), do: apply(Kernel, f, args), else: {:macro, f}
end)
