defmodule Gen do
  defmacro constant(name, value) do
    quote do
      def unquote(name)(), do: unquote(value)
    end
  end

  defmacro adder(name, n) do
    quote do
      def unquote(name)(x), do: x + unquote(n)
    end
  end
end

defmodule Consts do
  require Gen
  Gen.constant(:pi, 3.14)
  Gen.constant(:answer, 42)
  Gen.adder(:add_ten, 10)
  Gen.adder(:add_one, 1)
end

IO.inspect(Consts.pi())
IO.inspect(Consts.answer())
IO.inspect(Consts.add_ten(5))
IO.inspect(Consts.add_one(5))
