# syntax_colors: and inspect_fun: go through the Elixir implementations.
defmodule Main do
  def run do
    colors = [number: :red, atom: :blue, string: :green, boolean: :magenta, nil: :cyan,
              tuple: :yellow, map: :light_black, list: :white]
    IO.inspect(inspect([1, :a, "s", {true, nil}, %{k: 1.5}], syntax_colors: colors))
    IO.inspect(inspect('abc', syntax_colors: [charlist: :red]))
    IO.inspect(inspect(1..3, syntax_colors: [number: :red]))
    IO.inspect(inspect([a: 1], syntax_colors: [atom: :red, reset: :bright]))
    IO.inspect(inspect([1, 2], inspect_fun: fn x, _o -> "<#{x}>" end))

    fun = fn
      x, o when is_integer(x) -> Inspect.Integer.inspect(x * 10, o)
      x, o -> Inspect.inspect(x, o)
    end

    IO.inspect(inspect({1, [2, {3}]}, inspect_fun: fun))
    opts = %Inspect.Opts{syntax_colors: [number: :red]}
    IO.inspect(Inspect.Algebra.format(Inspect.Algebra.color("x", :number, opts), 80))
    IO.inspect(Inspect.Algebra.color("x", :number, opts))
    IO.inspect(Inspect.Algebra.color("x", :atom, opts))
  end
end

Main.run()
