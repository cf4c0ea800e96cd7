people = [%{name: "Ann", age: 31}, %{name: "Bob", age: 25}, %{name: "Cy", age: 40}]
defmodule P do
  def names([]), do: []
  def names([%{name: n} | rest]), do: [n | names(rest)]
  def older([], _), do: []
  def older([%{age: a} = p | rest], min) when a > min, do: [p.name | older(rest, min)]
  def older([_ | rest], min), do: older(rest, min)
  def total([]), do: 0
  def total([p | rest]), do: p.age + total(rest)
end
IO.inspect(P.names(people))
IO.inspect(P.older(people, 30))
IO.inspect(P.total(people))
IO.inspect(for p <- people, do: p.name)
IO.inspect(for %{age: a} <- people, a < 35, do: a)
