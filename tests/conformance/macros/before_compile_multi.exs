defmodule First do
  defmacro __before_compile__(_env) do
    quote do
      def first, do: 1
    end
  end
end

defmodule Second do
  defmacro __before_compile__(_env) do
    quote do
      def second, do: first() + 1
    end
  end
end

defmodule Both do
  @before_compile First
  @before_compile Second
  def own, do: 0
end

IO.inspect({Both.own(), Both.first(), Both.second()})
