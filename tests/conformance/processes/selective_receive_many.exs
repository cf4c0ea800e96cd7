# Selective receive over a long mailbox: the wanted message is the last one,
# and everything else stays, in order.
defmodule Many do
  def fill(n) do
    for i <- 1..n, do: send(self(), {:filler, i})
  end

  def drain(acc) do
    receive do
      {:filler, i} -> drain([i | acc])
    after
      0 -> Enum.reverse(acc)
    end
  end
end

Many.fill(10_000)
send(self(), :needle)
receive do :needle -> IO.puts("found the needle") end
IO.inspect Process.info(self(), :message_queue_len)

# Take every 1000th one, by value.
picked = for k <- 1..10 do
  want = k * 1_000
  receive do
    {:filler, ^want} -> want
  end
end
IO.inspect picked
rest = Many.drain([])
IO.inspect length(rest)
IO.inspect rest == Enum.reject(1..10_000, &(rem(&1, 1_000) == 0))

# A receive in a loop that matches only one kind, while another kind piles up.
parent = self()
spawn(fn ->
  for i <- 1..2_000 do
    send(parent, {:odd_or_even, rem(i, 2), i})
  end
end)
evens = for _ <- 1..1_000 do
  receive do
    {:odd_or_even, 0, i} -> i
  end
end
odds = for _ <- 1..1_000 do
  receive do
    {:odd_or_even, 1, i} -> i
  end
end
IO.inspect {Enum.sum(evens), Enum.sum(odds), evens == Enum.to_list(2..2_000//2), odds == Enum.to_list(1..1_999//2)}
