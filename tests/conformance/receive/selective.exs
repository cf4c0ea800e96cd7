# Selective receive: a clause takes the first message it matches; the
# messages it skips stay in the queue, in order.
send(self(), {:b, 1})
send(self(), {:a, 2})
send(self(), {:b, 3})
send(self(), {:a, 4})

a = receive do
  {:a, n} -> n
end
IO.inspect(a, label: "first :a")

b = receive do
  {:b, n} -> n
end
IO.inspect(b, label: "first :b")

rest =
  for _ <- 1..2 do
    receive do
      m -> m
    end
  end
IO.inspect(rest, label: "rest in order")

# The first matching message wins, whichever clause matches it.
send(self(), :x)
send(self(), :y)
r = receive do
  :y -> :got_y
  :x -> :got_x
end
IO.inspect(r)
IO.inspect(receive(do: (m -> m)))

# A message no clause matches stays for later.
send(self(), {:skip, 1})
send(self(), {:take, 2})
IO.inspect(receive(do: ({:take, v} -> v)))
IO.inspect(receive(do: ({:skip, v} -> v)))

# Several messages of one kind come out in the order they were sent.
Enum.each(1..5, fn i -> send(self(), {:n, i}) end)
send(self(), :marker)
IO.inspect(receive(do: (:marker -> :marker_first)))
IO.inspect(Enum.map(1..5, fn _ -> receive(do: ({:n, i} -> i)) end))
