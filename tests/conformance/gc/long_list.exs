# A long list built by non-tail recursion, then walked, reversed and rebuilt:
# every collection on the way copies or promotes a large live list.
defmodule LongList do
  def build(0), do: []
  def build(n), do: [n | build(n - 1)]

  def sum([], acc), do: acc
  def sum([h | t], acc), do: sum(t, acc + h)

  def rev([], acc), do: acc
  def rev([h | t], acc), do: rev(t, [h | acc])

  def double([]), do: []
  def double([h | t]), do: [h * 2 | double(t)]

  def len([], n), do: n
  def len([_ | t], n), do: len(t, n + 1)
end

l = LongList.build(50_000)
IO.puts(LongList.sum(l, 0))
r = LongList.rev(l, [])
IO.puts(hd(r))
IO.puts(hd(l))
d = LongList.double(r)
IO.puts(LongList.sum(d, 0))
IO.puts(LongList.len(d, 0))
IO.puts(LongList.len(l, 0) + LongList.len(r, 0))
IO.inspect(Enum.take(d, 5))
