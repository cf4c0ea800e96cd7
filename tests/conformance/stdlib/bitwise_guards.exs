defmodule BitGuards do
  import Bitwise

  def parity(x) when (x &&& 1) == 1, do: :odd
  def parity(x) when is_integer(x), do: :even
  def parity(_), do: :not_integer

  def flag(x) when band(x, 0b100) != 0, do: :set
  def flag(_), do: :clear

  def small(x) when x >>> 8 == 0, do: true
  def small(_), do: false

  def remote(x) when Bitwise.bxor(x, 0xFF) == 0, do: :all_ones
  def remote(_), do: :other

  def inverted(x) when ~~~x == -1, do: :zero
  def inverted(_), do: :nonzero
end

IO.inspect(Enum.map([3, 4, :a, 1.0], &BitGuards.parity/1))
IO.inspect(Enum.map([4, 5, 3, :x], &BitGuards.flag/1))
IO.inspect(Enum.map([255, 256, "s"], &BitGuards.small/1))
IO.inspect(Enum.map([255, 254], &BitGuards.remote/1))
IO.inspect(Enum.map([0, 1, nil], &BitGuards.inverted/1))

import Bitwise

f = fn
  x when (x ||| 0) == 0 -> :zero
  x when bsl(x, 1) > 10 -> :big
  _ -> :other
end

IO.inspect(Enum.map([0, 6, 2, :atom], f))

r =
  case 0b1100 do
    v when (v &&& 0b0100) > 0 -> :bit2
    _ -> :none
  end

IO.inspect(r)
