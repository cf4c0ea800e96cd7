defmodule Body do
  IO.puts("compiling Body")
  x = 21
  y = x * 2
  def answer, do: unquote(y)

  for {name, value} <- [one: 1, two: 2, three: 3] do
    def unquote(name)(), do: unquote(value)
  end

  for {fname, n} <- [times_1: 1, times_2: 2, times_3: 3] do
    def unquote(fname)(v), do: v * unquote(n)
  end

  IO.puts("x is still #{x}")
end

IO.inspect(Body.answer())
IO.inspect({Body.one(), Body.two(), Body.three()})
IO.inspect({Body.times_1(5), Body.times_2(5), Body.times_3(5)})
