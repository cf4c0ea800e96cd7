defmodule Gen do
  # A stream-like enumerable: an arity-2 function that takes the
  # accumulator command and the reducer.
  def upto(n), do: &do_upto(1, n, &1, &2)

  defp do_upto(_i, _n, {:halt, acc}, _fun), do: {:halted, acc}
  defp do_upto(i, n, {:suspend, acc}, fun), do: {:suspended, acc, &do_upto(i, n, &1, fun)}
  defp do_upto(i, n, {:cont, acc}, _fun) when i > n, do: {:done, acc}
  defp do_upto(i, n, {:cont, acc}, fun), do: do_upto(i + 1, n, fun.(i, acc), fun)
end

IO.inspect(Enum.to_list(Gen.upto(4)))
IO.inspect(Enum.map(Gen.upto(3), &(&1 * 10)))
IO.inspect(Enum.count(Gen.upto(6)))
IO.inspect(Enum.member?(Gen.upto(6), 6))
IO.inspect(Enum.sum(Gen.upto(10)))
IO.inspect(Enumerable.impl_for(Gen.upto(1)))
IO.inspect(Enumerable.count(Gen.upto(1)))

try do
  Enum.to_list(fn x -> x end)
rescue
  e in Protocol.UndefinedError -> IO.inspect({e.protocol, e.description})
end
