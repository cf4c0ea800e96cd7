IO.inspect(Macro.escape(1))
IO.inspect(Macro.escape(:a))
IO.inspect(Macro.escape("bin"))
IO.inspect(Macro.escape([1, 2]))
IO.inspect(Macro.escape({1, 2}))
IO.inspect(Macro.escape({1, 2, 3}))
IO.inspect(Macro.escape({:a, {:b, :c, :d}}))
IO.inspect(Macro.escape([a: {1, 2, 3}]))
IO.inspect(Macro.escape([1 | 2]))

defmodule Esc do
  defmacro tuple3 do
    Macro.escape({:x, :y, :z})
  end
end

defmodule UseEsc do
  require Esc
  def f, do: Esc.tuple3()
end

IO.inspect(UseEsc.f())
