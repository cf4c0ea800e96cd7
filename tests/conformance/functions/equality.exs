# External funs are equal when they name the same function.
IO.inspect((&String.upcase/1) == (&String.upcase/1))
IO.inspect((&String.upcase/1) === Function.capture(String, :upcase, 1))
IO.inspect((&String.upcase/1) == (&String.downcase/1))
IO.inspect((&String.upcase/1) == (&String.upcase/2))
IO.inspect(Map.get(%{(&Enum.sum/1) => :found}, &Enum.sum/1))
IO.inspect(MapSet.size(MapSet.new([&Enum.sum/1, &Enum.sum/1, &Enum.count/1])))
defmodule Eq do
  def f(x), do: x
  def caps, do: &f/1
end
IO.inspect(Eq.caps() == Eq.caps())
IO.inspect(:erlang.phash2(&Enum.sum/1) == :erlang.phash2(Function.capture(Enum, :sum, 1)))
IO.inspect(Enum.uniq([&Enum.sum/1, &Enum.sum/1]) |> length())
