defmodule Splice do
  defmacro sum(args) do
    quote do: Kernel.+(unquote_splicing(args))
  end

  defmacro list_of(args) do
    quote do: [0, unquote_splicing(args), 99]
  end

  defmacro tuple_of(args) do
    quote do: {:t, unquote_splicing(args)}
  end
end

defmodule UseSplice do
  require Splice
  def a, do: Splice.sum([1, 2])
  def b(x), do: Splice.list_of([x, x + 1])
  def c, do: Splice.tuple_of([1, 2, 3])
end

IO.inspect(UseSplice.a())
IO.inspect(UseSplice.b(5))
IO.inspect(UseSplice.c())
args = [1, 2, 3]
IO.inspect(quote do: f(unquote_splicing(args)))
