# Clauses with every kind of constructor in the first argument, in one run.
defmodule Kind do
  def kind(nil), do: :nil_atom
  def kind([]), do: :empty_list
  def kind([_]), do: :one_elem
  def kind([_, _ | _]), do: :many
  def kind({}), do: :empty_tuple
  def kind({_}), do: :tuple1
  def kind({_, _}), do: :tuple2
  def kind({_, _, _}), do: :tuple3
  def kind(%{__struct__: s}), do: {:struct, s}
  def kind(%{}), do: :map
  def kind("hello"), do: :hello
  def kind(<<_::binary>>), do: :binary
  def kind(3.5), do: :three_and_a_half
  def kind(0), do: :zero
  def kind(x) when is_integer(x), do: :integer
  def kind(x) when is_float(x), do: :float
  def kind(x) when is_atom(x), do: :atom
  def kind(_), do: :other
end

values = [nil, [], [1], [1, 2], [1, 2, 3], {}, {1}, {1, 2}, {1, 2, 3}, {1, 2, 3, 4},
  1..2, %{}, %{a: 1}, "hello", "world", <<1::3>>, 3.5, 0, 0.0, 7, 7.5, :x, true, &Kind.kind/1, {:a, :b, :c, :d, :e}]
for v <- values, do: IO.inspect(Kind.kind(v))
