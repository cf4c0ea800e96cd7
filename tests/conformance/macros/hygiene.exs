defmodule Hyg do
  defmacro set_x(v) do
    quote do
      x = unquote(v)
      x
    end
  end

  defmacro set_caller_x(v) do
    quote do
      var!(x) = unquote(v)
    end
  end

  defmacro read_caller_x do
    quote do: var!(x)
  end
end

defmodule User do
  require Hyg

  def a do
    x = 1
    y = Hyg.set_x(2)
    {x, y}
  end

  def b do
    x = 1
    Hyg.set_caller_x(10)
    x
  end

  def c do
    x = 7
    Hyg.read_caller_x() + x
  end
end

IO.inspect(User.a())
IO.inspect(User.b())
IO.inspect(User.c())
