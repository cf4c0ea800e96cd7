# Module attributes read in patterns and guards match their values.
defmodule Limits do
  @max 50
  @origin {0, 0}
  @names [:a, :b]

  def check(@max), do: :at_max
  def check(n) when n > @max, do: :over
  def check(_), do: :under

  def where(@origin), do: :origin
  def where({_, _}), do: :elsewhere

  def names(@names), do: :known
  def names(_), do: :unknown

  def classify(x) do
    case x do
      @max -> "max"
      @origin -> "origin"
      _ -> "other"
    end
  end
end

IO.inspect(Limits.check(50))
IO.inspect(Limits.check(51))
IO.inspect(Limits.check(1))
IO.inspect(Limits.where({0, 0}))
IO.inspect(Limits.where({0, 1}))
IO.inspect(Limits.names([:a, :b]))
IO.inspect(Limits.names([:a]))
IO.inspect(Limits.classify(50))
IO.inspect(Limits.classify({0, 0}))
IO.inspect(Limits.classify(:x))
