# Alternative guards (`when g1 when g2`): each is a guard of its own, so an
# error in one only makes that one false; with `or` an error fails the whole
# guard.
defmodule Alt do
  def a(x) when hd(x) == 1 when x == :one, do: :one
  def a(_), do: :other

  def o(x) when hd(x) == 1 or x == :one, do: :one
  def o(_), do: :other

  def three(x) when elem(x, 0) == :t when length(x) == 2 when x > 100, do: :matched
  def three(_), do: :none

  def tup(x) when tuple_size(x) == 2 when map_size(x) == 1, do: :small
  def tup(_), do: :no
end
IO.inspect Enum.map([[1, 2], [2], :one, [], 1], &Alt.a/1)
IO.inspect Enum.map([[1, 2], [2], :one, [], 1], &Alt.o/1)
IO.inspect Enum.map([{:t}, [1, 2], 101, [1], {:u}, 5], &Alt.three/1)
IO.inspect Enum.map([{1, 2}, %{a: 1}, {1}, %{}, "ab"], &Alt.tup/1)
f = fn
  x when x + 1 > 2 when is_atom(x) -> :big_or_atom
  _ -> :small
end
IO.inspect Enum.map([5, 0, :a, "s"], f)
res =
  case [3] do
    y when elem(y, 0) == 3 when hd(y) == 3 -> :second_guard
    _ -> :none
  end
IO.inspect res
