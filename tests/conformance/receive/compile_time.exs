# receive in code that runs while compiling: module bodies and macros
# (nothing sends to them here, so the after clause runs).
defmodule M do
  @x receive(do: (m -> m), after: (30 -> :none))
  def x, do: @x
  @y receive(do: (m -> m), after: (0 -> :zero))
  def y, do: @y
end
IO.inspect {M.x, M.y}
defmodule Mac do
  defmacro m do
    v = receive(do: (m -> m), after: (10 -> :timed_out_in_macro))
    quote do: unquote(v)
  end
end
defmodule U do
  require Mac
  def f, do: Mac.m()
end
IO.inspect U.f
