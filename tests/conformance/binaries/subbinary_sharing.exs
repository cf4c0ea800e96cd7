# Parts of large binaries: slicing repeatedly, keeping parts after the whole is gone.
defmodule Slice do
  def chunks(<<>>, _n), do: []
  def chunks(bin, n) when byte_size(bin) <= n, do: [bin]
  def chunks(bin, n) do
    <<c::binary-size(n), rest::binary>> = bin
    [c | chunks(rest, n)]
  end
  def make(0, acc), do: acc
  def make(n, acc), do: make(n - 1, acc <> "0123456789")
end
big = Slice.make(20, "")
IO.inspect(byte_size(big))
parts = Slice.chunks(big, 30)
IO.inspect(length(parts))
IO.inspect(hd(parts))
IO.inspect(List.last(parts))
IO.inspect(Enum.map(parts, &byte_size/1))
joined = :erlang.list_to_binary(parts)
IO.inspect(joined == big)
