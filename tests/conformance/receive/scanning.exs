# A receive looks past every message no clause matches, each time it runs.
for i <- 1..5000, do: send(self(), {:noise, i})
send(self(), :needle)
IO.inspect(receive(do: (:needle -> :found)))

# The skipped messages are all still there, in order.
defmodule Drain do
  def first_and_count(first, n) do
    receive do
      {:noise, i} -> first_and_count(first || i, n + 1)
    after
      0 -> {first, n}
    end
  end
end
IO.inspect(Drain.first_and_count(nil, 0))

# Alternating matches and misses.
for i <- 1..10, do: send(self(), if(rem(i, 2) == 0, do: {:even, i}, else: {:odd, i}))
evens = for _ <- 1..5, do: receive(do: ({:even, i} -> i))
odds = for _ <- 1..5, do: receive(do: ({:odd, i} -> i))
IO.inspect({evens, odds})

# Body recursion: the receive's value is used after the recursive call.
defmodule Collect do
  def take(0), do: []
  def take(n), do: [receive(do: (m -> m)) | take(n - 1)]
end
for c <- ~w(a b c d), do: send(self(), c)
IO.inspect(Collect.take(4))
