# Large messages (long lists, big binaries, deep tuples) survive the
# trip and the collections that happen while they are matched and used.
list = Enum.to_list(1..20_000)
bin = :binary.copy("abcdefgh", 1000)
deep = Enum.reduce(1..500, :leaf, fn i, acc -> {i, acc} end)

send(self(), {:list, list})
send(self(), {:bin, bin})
send(self(), {:deep, deep})

receive do
  {:list, l} ->
    IO.inspect({length(l), Enum.sum(l), hd(l), List.last(l)})
end

receive do
  {:bin, <<"abcd", rest::binary>>} ->
    IO.inspect({byte_size(rest), binary_part(rest, 0, 8)})
end

depth = fn
  f, {_, inner}, n -> f.(f, inner, n + 1)
  _f, :leaf, n -> n
end
receive do
  {:deep, d} -> IO.inspect(depth.(depth, d, 0))
end

# Many medium messages, each turned into garbage while the loop runs.
defmodule Acc do
  def loop(0, acc), do: acc
  def loop(n, acc) do
    receive do
      {:chunk, items} -> loop(n - 1, acc + Enum.sum(Enum.map(items, &(&1 * 2))))
    end
  end
end

for i <- 1..2000, do: send(self(), {:chunk, Enum.to_list(i..(i + 20))})
IO.inspect(Acc.loop(2000, 0))

# A message sent by another process, built there.
parent = self()
spawn(fn -> send(parent, {:built, Map.new(1..1000, fn i -> {i, Integer.to_string(i)} end)}) end)
receive do
  {:built, m} -> IO.inspect({map_size(m), m[1], m[1000]})
after
  2000 -> IO.puts("timeout")
end
