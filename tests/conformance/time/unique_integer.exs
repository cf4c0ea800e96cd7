# :erlang.unique_integer/0,1 and System.unique_integer/0,1.
a = System.unique_integer([:positive, :monotonic])
b = System.unique_integer([:positive, :monotonic])
IO.inspect {a > 0, b > a}
c = :erlang.unique_integer([:monotonic])
d = :erlang.unique_integer([:monotonic])
IO.inspect d > c
IO.inspect :erlang.unique_integer([:positive]) > 0
IO.inspect System.unique_integer([:positive]) > 0
IO.inspect is_integer(:erlang.unique_integer())
IO.inspect is_integer(System.unique_integer())
IO.inspect is_integer(:erlang.unique_integer([]))
IO.inspect is_integer(:erlang.unique_integer([:monotonic, :positive, :monotonic]))
# All different.
ints = for _ <- 1..1000, do: System.unique_integer()
IO.inspect map_size(Map.new(ints, &{&1, true}))
pos = for _ <- 1..1000, do: System.unique_integer([:positive])
IO.inspect {map_size(Map.new(pos, &{&1, true})), Enum.all?(pos, &(&1 > 0))}
mono = for _ <- 1..1000, do: System.unique_integer([:monotonic])
defmodule Increasing do
  def check([a, b | rest]) when a < b, do: check([b | rest])
  def check([_, _ | _]), do: false
  def check(_), do: true
end
IO.inspect Increasing.check(mono)
IO.inspect Increasing.check(for _ <- 1..100, do: :erlang.unique_integer([:positive, :monotonic]))
for f <- [fn -> System.unique_integer([:foo]) end, fn -> :erlang.unique_integer([:foo]) end,
          fn -> :erlang.unique_integer(:foo) end, fn -> :erlang.unique_integer([:positive | :monotonic]) end,
          fn -> System.unique_integer([:positive, 1]) end] do
  try do
    f.()
  rescue
    e in ArgumentError -> IO.puts(Exception.message(e))
  end
end
