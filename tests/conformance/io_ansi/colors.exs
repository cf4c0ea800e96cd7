IO.inspect IO.ANSI.color(0)
IO.inspect IO.ANSI.color(255)
IO.inspect IO.ANSI.color(1, 2, 3)
IO.inspect IO.ANSI.color(5, 5, 5)
IO.inspect IO.ANSI.color_background(42)
IO.inspect IO.ANSI.color_background(0, 0, 0)
IO.inspect IO.ANSI.cursor(3, 4)
IO.inspect IO.ANSI.cursor(0, 0)
IO.inspect {IO.ANSI.cursor_up(), IO.ANSI.cursor_up(5)}
IO.inspect {IO.ANSI.cursor_down(), IO.ANSI.cursor_down(2)}
IO.inspect {IO.ANSI.cursor_left(), IO.ANSI.cursor_left(7)}
IO.inspect {IO.ANSI.cursor_right(), IO.ANSI.cursor_right(9)}
for f <- [fn -> IO.ANSI.color(256) end, fn -> IO.ANSI.color(6, 0, 0) end, fn -> IO.ANSI.cursor_up(0) end,
          fn -> IO.ANSI.cursor(-1, 0) end, fn -> IO.ANSI.color_background(-1) end] do
  try do
    f.()
  rescue
    e -> IO.puts(inspect(e.__struct__))
  end
end
IO.inspect IO.ANSI.enabled?()
IO.inspect IO.ANSI.syntax_colors()
