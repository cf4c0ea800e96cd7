defmodule Util.Math do
  def square(x), do: x * x
  def cube(x), do: x * x * x
  defdelegate abs_val(x), to: Kernel, as: :abs
end

defmodule Util.Strings do
  import String, only: [upcase: 1, reverse: 1]
  def shout(s), do: upcase(s) <> "!"
  def mirror(s), do: s <> reverse(s)
end

defmodule Base1 do
  defmacro __using__(opts) do
    greeting = Keyword.get(opts, :greeting, "hi")
    quote do
      def greet(name), do: "#{unquote(greeting)}, #{name}"
      def kind, do: :base
      defoverridable kind: 0
    end
  end
end

defmodule Child do
  use Base1, greeting: "hello"
  def kind, do: {:child, super()}
end

defmodule App do
  alias Util.Math
  alias Util.Strings, as: S
  import Util.Math, except: [cube: 1]

  def run do
    IO.inspect(Math.cube(3))
    IO.inspect(square(4))
    IO.inspect(Math.abs_val(-9))
    IO.puts(S.shout("hey"))
    IO.puts(S.mirror("ab"))
    IO.puts(Child.greet("Bob"))
    IO.inspect(Child.kind())
    IO.inspect(Enum.map([1, 2, 3], &Math.square/1))
    IO.inspect(apply(Math, :cube, [2]))
    IO.inspect(Module.concat([Util, Math]))
    IO.inspect(__MODULE__)
    IO.inspect(Kernel.function_exported?(Math, :square, 1))
    f = &Math.square/1
    IO.inspect(f.(5))
    IO.inspect(is_function(f, 1))
  end
end

App.run()
IO.inspect(Code.ensure_loaded?(App))
IO.inspect(function_exported?(App, :run, 0))
IO.inspect(App.__info__(:functions))
IO.inspect(Util.Math.__info__(:module))
