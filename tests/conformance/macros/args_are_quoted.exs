defmodule Show do
  defmacro show(expr) do
    text = Macro.to_string(expr)
    quote do
      IO.puts(unquote(text) <> " = " <> inspect(unquote(expr)))
    end
  end

  defmacro shape(expr) do
    inspect(expr)
  end
end

defmodule UseShow do
  require Show

  def run do
    x = 4
    Show.show(x * 2 + 1)
    Show.show([x, x - 1])
    Show.show(div(x, 3))
    IO.puts(Show.shape(1 + 2))
    IO.puts(Show.shape(:atom))
    IO.puts(Show.shape({1, 2}))
  end
end

UseShow.run()
