defmodule OnlyBand do
  import Bitwise, only: [band: 2, >>>: 2]
  def low(x) when band(x, 0xF) == x, do: :low
  def low(_), do: :high
  def top(x), do: x >>> 4
  def bor(a, b), do: {:mine, a, b}
  def use_local(a), do: bor(a, 1)
end
IO.inspect({OnlyBand.low(3), OnlyBand.low(300), OnlyBand.top(0xF0), OnlyBand.use_local(2)})
