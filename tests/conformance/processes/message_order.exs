# Messages from one sender arrive in the order sent; messages of two senders
# interleave in an undefined order, so they are sorted before printing.
defmodule Order do
  def collect(0, acc), do: Enum.reverse(acc)
  def collect(n, acc) do
    receive do
      {:n, _, _} = m -> collect(n - 1, [m | acc])
    end
  end
end

parent = self()
spawn(fn -> for i <- 1..500, do: send(parent, {:n, :a, i}) end)
msgs = Order.collect(500, [])
IO.inspect Enum.map(msgs, fn {:n, :a, i} -> i end) == Enum.to_list(1..500)

spawn(fn -> for i <- 1..300, do: send(parent, {:n, :a, i}) end)
spawn(fn -> for i <- 1..300, do: send(parent, {:n, :b, i}) end)
both = Order.collect(600, [])
as = for {:n, :a, i} <- both, do: i
bs = for {:n, :b, i} <- both, do: i
IO.inspect {length(as), length(bs)}
# Each sender's own order is kept even when interleaved.
IO.inspect as == Enum.to_list(1..300)
IO.inspect bs == Enum.to_list(1..300)
IO.inspect Enum.sort(both) |> Enum.take(3)

# Messages to self are in order too.
for i <- 1..10, do: send(self(), {:n, :self, i})
IO.inspect Order.collect(10, []) |> Enum.map(&elem(&1, 2))
