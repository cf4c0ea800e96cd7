# Large (off-heap) binaries and sub-binaries of them made and dropped in a loop, kept across collections.
defmodule Loop do
  def run(0, acc), do: acc
  def run(n, acc) do
    big = <<n::size(800), "some text that makes this binary longer than sixty-four bytes">>
    <<_::binary-size(10), keep::binary-size(20), _::binary>> = big
    <<_::3, bits::bits>> = keep
    run(n - 1, if(rem(n, 100) == 0, do: [{keep, bits} | acc], else: acc))
  end
end
r = Loop.run(3000, [])
IO.inspect(length(r))
[{k, b} | _] = r
IO.inspect({byte_size(k), bit_size(b)})
