# Maps switch between flat (<= 32 keys) and hashed (> 32 keys) both ways.
defmodule B do
  def build(m, i, n) when i > n, do: m
  def build(m, i, n), do: build(Map.put(m, i, i * i), i + 1, n)
  def drop(m, i, n) when i > n, do: m
  def drop(m, i, n), do: drop(Map.delete(m, i), i + 1, n)
  def sum([]), do: 0
  def sum([h | t]), do: h + sum(t)
  def check(m, i, n) when i > n, do: :ok
  def check(m, i, n) do
    ^i = Map.get(m, i) |> :math_free.id()
  end
end
defmodule :math_free do
  def id(x), do: x
end
m32 = B.build(%{}, 1, 32)
IO.inspect(map_size(m32))
IO.inspect(Map.keys(m32) == Map.keys(m32))
IO.inspect(hd(Map.keys(m32)))
m33 = Map.put(m32, 33, 1089)
IO.inspect(map_size(m33))
IO.inspect(hd(Map.keys(m33)))
back = Map.delete(m33, 33)
IO.inspect(map_size(back))
IO.inspect(hd(Map.keys(back)))
IO.inspect(back == m32)
IO.inspect(m33 == Map.put(m32, 33, 1089))
big = B.build(%{}, 1, 1000)
IO.inspect(map_size(big))
IO.inspect(B.sum(Map.values(big)))
IO.inspect(Map.get(big, 777))
IO.inspect(Map.get(big, 1001))
small = B.drop(big, 20, 1000)
IO.inspect(map_size(small))
IO.inspect(Map.get(small, 19))
IO.inspect(Map.put(big, 5, :five)[5])
IO.inspect(map_size(Map.put(big, 5, :five)))
IO.inspect(Map.delete(big, 5000) == big)
