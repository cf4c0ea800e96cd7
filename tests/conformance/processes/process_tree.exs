# A tree of processes computing a sum: each node spawns its children and
# adds up their replies.
defmodule Tree do
  def sum(parent, lo, hi) when hi - lo < 10 do
    send(parent, {self(), Enum.sum(lo..hi)})
  end

  def sum(parent, lo, hi) do
    mid = div(lo + hi, 2)
    me = self()
    a = spawn(fn -> sum(me, lo, mid) end)
    b = spawn(fn -> sum(me, mid + 1, hi) end)
    ra = receive do {^a, v} -> v end
    rb = receive do {^b, v} -> v end
    send(parent, {self(), ra + rb})
  end

  def count(parent, 0), do: send(parent, {self(), 1})
  def count(parent, depth) do
    me = self()
    kids = for _ <- 1..3, do: spawn(fn -> count(me, depth - 1) end)
    total = Enum.reduce(kids, 1, fn k, acc -> receive do {^k, v} -> acc + v end end)
    send(parent, {self(), total})
  end
end

me = self()
root = spawn(fn -> Tree.sum(me, 1, 100_000) end)
receive do {^root, v} -> IO.inspect(v) end
IO.inspect div(100_000 * 100_001, 2)

# 1 + 3 + 9 + 27 + 81 + 243 + 729 processes.
root = spawn(fn -> Tree.count(me, 6) end)
receive do {^root, v} -> IO.inspect(v, label: "processes in the tree") end
