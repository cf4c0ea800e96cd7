defmodule Helper do
  def base, do: 10
end

defmodule Attrs do
  @base Helper.base()
  @double @base * 2
  @list [@base, @double]
  @pair {__MODULE__, length(@list)}

  def base, do: @base
  def double, do: @double
  def list, do: @list
  def pair, do: @pair
end

IO.inspect(Attrs.base())
IO.inspect(Attrs.double())
IO.inspect(Attrs.list())
IO.inspect(Attrs.pair())
