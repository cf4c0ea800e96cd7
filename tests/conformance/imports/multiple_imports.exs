defmodule Geometry do
  def area(w, h), do: w * h
end

defmodule Strings do
  def shout(s), do: s <> "!"
end

defmodule UsesBoth do
  import Geometry
  import Strings

  def run, do: {area(3, 4), shout("hi")}
end

IO.inspect(UsesBoth.run())
