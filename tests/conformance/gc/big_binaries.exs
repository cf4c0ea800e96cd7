# Binaries larger than 64 bytes live off the heap, reference-counted; the
# collector keeps the ones still reachable (and their sub-binaries' parents)
# and releases the rest.
defmodule Bins do
  def make(0, acc), do: acc
  def make(n, acc), do: make(n - 1, [:binary.copy(Integer.to_string(rem(n, 10)), 100 + n) | acc])

  def parts([], acc), do: acc
  def parts([b | t], acc) do
    <<head::binary-size(10), _::binary>> = b
    parts(t, [head | acc])
  end

  def churn(0, keep), do: keep
  def churn(n, keep) do
    _garbage = :binary.copy("x", 1000 + n)
    churn(n - 1, keep)
  end

  def total([], acc), do: acc
  def total([b | t], acc), do: total(t, acc + byte_size(b))
end

bins = Bins.make(2000, [])
heads = Bins.parts(bins, [])
kept = Bins.churn(5000, hd(bins))
IO.puts(Bins.total(bins, 0))
IO.puts(length(heads))
IO.puts(hd(heads))
IO.puts(byte_size(kept))
IO.puts(binary_part(kept, 0, 12))
big = :binary.copy("abc", 100_000)
<<_::binary-size(299_990), tail::binary>> = big
junk = Bins.make(500, [])
IO.puts(tail)
IO.puts(length(junk))
IO.puts(byte_size(big))
