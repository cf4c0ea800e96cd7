# Guards choose among messages; a guard that raises is false.
send(self(), 1)
send(self(), -2)
send(self(), :atom)
send(self(), 10)

positive = fn ->
  receive do
    n when is_integer(n) and n > 5 -> {:big, n}
    n when is_integer(n) and n > 0 -> {:small, n}
  after
    0 -> :none
  end
end
IO.inspect(positive.())
IO.inspect(positive.())
IO.inspect(positive.())

# A raising guard (length of a non-list) fails its clause only.
send(self(), {:list, :not_a_list})
send(self(), {:list, [1, 2, 3]})
IO.inspect(receive(do: ({:list, l} when length(l) > 2 -> {:long, l})))
IO.inspect(receive(do: (m -> m)))
IO.inspect(receive(do: (m -> m)))
IO.inspect(receive(do: (m -> m)))
IO.inspect(receive(do: (m -> m), after: (0 -> :empty)))

# Guards read variables from before the receive.
limit = 3
send(self(), 2)
send(self(), 4)
IO.inspect(receive(do: (n when n > limit -> {:over, n, limit})))
IO.inspect(receive(do: (n when n <= limit -> {:under, n, limit})))

# Alternative guards and in.
send(self(), :b)
IO.inspect(receive(do: (x when x == :a when x in [:b, :c] -> {:alt, x})))
