# after 0: never waits; the clauses are still tried on every message.
IO.inspect(receive(do: (m -> {:got, m}), after: (0 -> :empty)))

send(self(), :hello)
IO.inspect(receive(do: (m -> {:got, m}), after: (0 -> :empty)))
IO.inspect(receive(do: (m -> {:got, m}), after: (0 -> :empty)))

# Messages no clause matches do not stop after 0 from firing, and stay.
send(self(), {:other, 1})
send(self(), {:other, 2})
r =
  receive do
    {:wanted, x} -> x
  after
    0 -> :none_wanted
  end
IO.inspect(r)
IO.inspect(receive(do: (m -> m), after: (0 -> :empty)))
IO.inspect(receive(do: (m -> m), after: (0 -> :empty)))
IO.inspect(receive(do: (m -> m), after: (0 -> :empty)))

# A receive with no clauses and after 0 leaves every message in place.
send(self(), :kept)
x =
  receive do
  after
    0 -> :nothing
  end
IO.inspect(x)
IO.inspect(receive(do: (m -> m), after: (0 -> :empty)))

# The after body is a block with its own value.
v =
  receive do
  after
    0 ->
      a = 1
      b = 2
      a + b
  end
IO.inspect(v)
