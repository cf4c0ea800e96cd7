# Receive inside for comprehensions, with, and Enum callbacks.
for i <- 1..4, do: send(self(), {:num, i})
squares = for _ <- 1..4, do: receive(do: ({:num, n} -> n * n))
IO.inspect(squares)

# A filter that receives.
for i <- [1, 2, 3, 4], do: send(self(), rem(i, 2) == 0)
evens = for i <- [1, 2, 3, 4], receive(do: (b -> b)), do: i
IO.inspect(evens)

# reduce with a receive in the body.
for i <- 1..3, do: send(self(), i * 100)
total = for _ <- 1..3, reduce: 0 do
  acc -> acc + receive(do: (n -> n))
end
IO.inspect(total)

# with: a receive as the right side of <- and in else.
send(self(), {:ok, 1})
r =
  with {:ok, a} <- receive(do: (m -> m)),
       {:ok, b} <- receive(do: (m -> m), after: (0 -> {:error, :no_second})) do
    a + b
  else
    {:error, reason} ->
      receive do
      after
        0 -> {:failed, reason}
      end
  end
IO.inspect(r)

# Enum.reduce_while that stops on a message.
for x <- [5, 6, :stop, 7], do: send(self(), x)
sum =
  Enum.reduce_while(1..10, 0, fn _, acc ->
    receive do
      :stop -> {:halt, acc}
      n -> {:cont, acc + n}
    end
  end)
IO.inspect(sum)
IO.inspect(receive(do: (m -> m), after: (0 -> :empty)))
