# A loop function whose body is a receive: the clauses call the loop in
# tail position (constant stack), the last one returns.
defmodule Counter do
  def loop(acc, n) do
    receive do
      {:add, k} -> loop(acc + k, n + 1)
      {:sub, k} ->
        acc = acc - k
        loop(acc, n + 1)
      :stop -> {acc, n}
    end
  end

  def collect(acc) do
    receive do
      {:item, x} -> collect([x | acc])
    after
      0 -> Enum.reverse(acc)
    end
  end

  def count_down(0), do: :done
  def count_down(n) do
    send(self(), {:tick, n})
    receive do
      {:tick, ^n} -> count_down(n - 1)
    end
  end
end

for k <- 1..10, do: send(self(), {:add, k})
send(self(), {:sub, 5})
send(self(), :stop)
IO.inspect(Counter.loop(0, 0))

for x <- [:a, :b, :c], do: send(self(), {:item, x})
IO.inspect(Counter.collect([]))

# Many iterations: the loop must not grow the stack.
IO.inspect(Counter.count_down(100_000))

for k <- 1..50_000, do: send(self(), {:add, k})
send(self(), :stop)
IO.inspect(Counter.loop(0, 0))
