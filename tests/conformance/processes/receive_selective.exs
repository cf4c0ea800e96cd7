# Selective receive: a receive takes the first message that matches any
# clause and leaves the others, in order, for later receives.
defmodule Sel do
  def take(tag) do
    receive do
      {^tag, v} -> v
    after
      0 -> :none
    end
  end

  def rest(acc) do
    receive do
      m -> rest([m | acc])
    after
      0 -> Enum.reverse(acc)
    end
  end
end

for m <- [{:a, 1}, {:b, 2}, {:c, 3}, {:b, 4}, {:a, 5}], do: send(self(), m)
IO.inspect Sel.take(:b)
IO.inspect Sel.take(:c)
IO.inspect Sel.take(:z)
IO.inspect Process.info(self(), :message_queue_len)
IO.inspect Sel.rest([])

# The first message in the mailbox that matches wins, not the first clause.
send(self(), :low)
send(self(), :high)
r = receive do
  :high -> :got_high
  :low -> :got_low
end
IO.inspect r
IO.inspect Sel.rest([])

# Guards and pinned values select too.
for n <- [1, 10, 3, 20, 5], do: send(self(), {:num, n})
big = receive do
  {:num, n} when n > 5 -> n
end
IO.inspect big
limit = 3
eq = receive do
  {:num, ^limit} -> :three
end
IO.inspect eq
IO.inspect Sel.rest([])

# A receive inside a loop keeps the unmatched ones across iterations.
for m <- [:x, {:want, 1}, :y, {:want, 2}, :z, {:want, 3}], do: send(self(), m)
wanted = for _ <- 1..3 do
  receive do
    {:want, n} -> n
  end
end
IO.inspect wanted
IO.inspect Sel.rest([])

# Matching on a map and on a binary.
send(self(), %{kind: :other})
send(self(), %{kind: :event, data: "payload"})
send(self(), "bin:hello")
receive do
  %{kind: :event, data: d} -> IO.inspect(d)
end
receive do
  "bin:" <> rest -> IO.inspect(rest)
end
IO.inspect Sel.rest([])
