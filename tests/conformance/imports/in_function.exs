defmodule Helpers do
  def shout(s), do: s <> "!"
end

defmodule Caller do
  def a do
    import Helpers
    shout("hey")
  end

  def b do
    require Helpers
    Helpers.shout("ho")
  end
end

IO.puts(Caller.a())
IO.puts(Caller.b())
