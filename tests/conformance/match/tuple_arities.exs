# Tuples of many arities in one clause list (select_tuple_arity with a long
# table), driven by a recursive loop over a generated list.
defmodule Ar do
  def size({}), do: 0
  def size({_}), do: 1
  def size({_, _}), do: 2
  def size({_, _, _}), do: 3
  def size({:four, _, _, _}), do: :tagged_four
  def size({_, _, _, _}), do: 4
  def size({_, _, _, _, _}), do: 5
  def size({_, _, _, _, _, _}), do: 6
  def size({_, _, _, _, _, _, _}), do: 7
  def size({_, _, _, _, _, _, _, _}), do: 8
  def size({_, _, _, _, _, _, _, _, _}), do: 9
  def size({_, _, _, _, _, _, _, _, _, _}), do: 10
  def size({_, _, _, _, _, _, _, _, _, _, _, _}), do: 12
  def size(t) when is_tuple(t), do: {:big, tuple_size(t)}
  def size(_), do: :not_a_tuple

  def sum([], acc), do: acc
  def sum([t | rest], acc) when is_integer(acc) do
    case size(t) do
      n when is_integer(n) -> sum(rest, acc + n)
      _ -> sum(rest, acc)
    end
  end
end

tuples = for n <- 0..14, do: List.to_tuple(Enum.to_list(1..n//1))
IO.inspect(Enum.map(tuples, &Ar.size/1))
IO.inspect(Ar.size({:four, 1, 2, 3}))
IO.inspect(Ar.size([1]))
many = for i <- 1..2000, do: List.to_tuple(Enum.to_list(1..rem(i, 15)//1))
IO.inspect(Ar.sum(many, 0))

state = Enum.reduce(1..30, :idle, fn i, st ->
  case {st, rem(i, 4)} do
    {:idle, 0} -> :running
    {:idle, _} -> :idle
    {:running, 1} -> {:paused, i}
    {:running, _} -> :running
    {{:paused, since}, 3} when i - since > 2 -> :running
    {{:paused, _} = p, _} -> p
  end
end)
IO.inspect(state)
