# Long builtins (length/1, ++, :lists.reverse, binary_to_list) on big data in
# several processes at once, and from a guard: the same results as in one go.
defmodule Long do
  def work(k) do
    l = Enum.to_list(1..(200_000 + k))
    {length(l), length(l ++ l), hd(:lists.reverse(l)), length(:lists.reverse(l, [0])),
     length(:erlang.binary_to_list(:binary.copy("ab", 100_000 + k)))}
  end

  def guarded(l) when length(l) > 100_000, do: :long
  def guarded(_), do: :short
end

parent = self()
for k <- 1..4, do: spawn(fn -> send(parent, {k, Long.work(k)}) end)
results = for _ <- 1..4, do: receive(do: ({k, r} -> {k, r}))
IO.inspect(Enum.sort(results))
IO.inspect(Long.guarded(Enum.to_list(1..150_000)))
IO.inspect(Long.guarded([1, 2]))
try do
  length(Enum.to_list(1..100_000) ++ :tail)
rescue
  e -> IO.inspect(e)
end
try do
  :lists.reverse(Enum.to_list(1..100_000) ++ :tail)
rescue
  e -> IO.puts(Exception.message(e))
end
