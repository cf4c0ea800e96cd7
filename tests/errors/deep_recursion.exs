# 1,000,000 nested non-tail calls, then 3,000,000: the stack grows, the
# process is not killed, and the results are right.
defmodule Deep do
  def sum([]), do: 0
  def sum([h | t]), do: h + sum(t)

  def depth(0), do: 0
  def depth(n), do: 1 + depth(n - 1)
end

list = Enum.to_list(1..1_000_000)
IO.puts(Deep.sum(list))
IO.puts(Deep.depth(1_000_000))
IO.puts(Deep.depth(3_000_000))
