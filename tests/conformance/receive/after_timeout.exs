# after with a timeout that elapses, in a variable, computed, or :infinity.
t = 20
start = System.monotonic_time(:millisecond)
r =
  receive do
    :never -> :impossible
  after
    t -> :timed_out
  end
elapsed = System.monotonic_time(:millisecond) - start
IO.inspect(r)
IO.inspect(elapsed >= 20)

f = fn ms -> receive(do: (:never -> :no), after: (ms * 2 -> {:waited, ms})) end
IO.inspect(f.(5))

# A message that arrives before the timeout is taken.
send(self(), :ready)
IO.inspect(receive(do: (:ready -> :ready_msg), after: (1000 -> :late)))

# :infinity with a message already there.
send(self(), {:v, 7})
inf = :infinity
IO.inspect(receive(do: ({:v, v} -> v * 6), after: (inf -> :never)))

# The timeout is evaluated once, before any message is looked at.
send(self(), :a)
tf = fn -> IO.puts("timeout evaluated"); 0 end
n =
  receive do
    :b -> :b
  after
    tf.() -> :after_ran
  end
IO.inspect(n)
IO.inspect(receive(do: (m -> m), after: (0 -> :empty)))

# A variable bound in the timeout is visible in the after body.
IO.inspect(receive(do: (m -> m), after: ((z = 1) -> {:z, z})))

# A block as the timeout.
n2 =
  receive do
    :b -> :b
  after
    (IO.puts("block timeout"); 0) -> :after_block
  end
IO.inspect(n2)
IO.inspect(receive(do: (m -> m), after: (0 -> :empty)))
