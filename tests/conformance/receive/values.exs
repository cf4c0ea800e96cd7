# The value of a receive is its clause's (or after body's) last expression,
# whatever it is, and it can be matched, piped and returned.
send(self(), {:pair, 1, 2})
{a, b} =
  receive do
    {:pair, x, y} ->
      sum = x + y
      {sum, x * y}
  end
IO.inspect({a, b})

send(self(), [3, 1, 2])
sorted = receive(do: (l -> l)) |> Enum.sort() |> Enum.map(&(&1 * 10))
IO.inspect(sorted)

# Clauses returning different kinds of values.
for m <- [:atom, 1, "s", [1], %{k: 1}, {1}], do: send(self(), m)
kinds =
  for _ <- 1..6 do
    receive do
      a when is_atom(a) -> fn -> :from_fun end
      i when is_integer(i) -> i..(i + 2)
      s when is_binary(s) -> s <> "!"
      [h] -> [h, h]
      %{k: v} -> %{v: v}
      {x} -> {x, x}
    end
  end
[f | rest] = kinds
IO.inspect({f.(), rest})

# nil and false as values, and a receive used as a condition.
send(self(), nil)
IO.inspect(receive(do: (v -> v)))
send(self(), false)
IO.inspect(if receive(do: (v -> v)), do: :truthy, else: :falsy)
send(self(), 0)
IO.inspect(case receive(do: (v -> v)) do
  0 -> :zero
  _ -> :other
end)
