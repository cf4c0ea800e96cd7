# 1,000,000 nested non-tail calls: the stack grows far past the first block
# and moves each time the block grows.
defmodule Deep do
  def down(0), do: 0
  def down(n), do: 1 + down(n - 1)

  # Each level also keeps a heap value alive in its frame.
  def keep(0), do: []
  def keep(n) do
    t = {n, [n]}
    rest = keep(n - 1)
    [elem(t, 0) | rest]
  end
end

IO.puts(Deep.down(1_000_000))
k = Deep.keep(30_000)
IO.puts(length(k))
IO.puts(Enum.sum(k))
IO.inspect(Enum.take(k, 3))
