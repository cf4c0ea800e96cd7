defmodule DSL do
  defmacro __using__(_) do
    quote do
      import DSL
      Module.register_attribute(__MODULE__, :cases, accumulate: true)
      @before_compile DSL
    end
  end

  defmacro test_case(name, do: body) do
    fname = name
    quote do
      @cases unquote(name)
      def unquote(fname)(), do: unquote(body)
    end
  end

  defmacro __before_compile__(env) do
    cases = Module.get_attribute(env.module, :cases)
    quote do
      def cases, do: unquote(Enum.reverse(cases))
    end
  end
end

defmodule MySuite do
  use DSL

  test_case :case_one do
    1 + 1
  end

  test_case :case_two do
    :two
  end
end

IO.inspect(MySuite.cases())
IO.inspect(MySuite.case_one())

defmodule Acc do
  Module.register_attribute(__MODULE__, :items, accumulate: true)
  @items :a
  @items :b
  Module.put_attribute(__MODULE__, :other, 42)
  def items, do: @items
  def other, do: @other
  IO.inspect(Module.get_attribute(__MODULE__, :items))
end

IO.inspect(Acc.items())
IO.inspect(Acc.other())

try do
  Module.put_attribute(Acc, :x, 1)
rescue
  ArgumentError -> IO.puts("already compiled")
end
