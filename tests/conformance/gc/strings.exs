# Binaries built in loops: heap binaries are raw data to the collector.
defmodule Strings do
  def build(0, acc), do: acc
  def build(n, acc), do: build(n - 1, acc <> Integer.to_string(rem(n, 10)))

  def join([], acc), do: acc
  def join([h | t], ""), do: join(t, h)
  def join([h | t], acc), do: join(t, acc <> "," <> h)

  def words(0, acc), do: acc
  def words(n, acc), do: words(n - 1, ["word#{n}" | acc])
end

s = Strings.build(5000, "")
IO.puts(byte_size(s))
w = Strings.words(20_000, [])
IO.puts(length(w))
IO.puts(hd(w) <> " " <> List.last(w))
IO.puts(Strings.join(Enum.take(w, 5), ""))
