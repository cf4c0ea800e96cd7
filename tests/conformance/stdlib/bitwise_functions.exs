import Bitwise

IO.inspect({band(12, 10), bor(12, 10), bxor(12, 10), bnot(5), bsl(1, 10), bsr(1024, 3)})
IO.inspect({12 &&& 10, 12 ||| 10, ~~~5, 1 <<< 70, -1 >>> 3, 5 <<< -1, 5 >>> -2})
IO.inspect({band(-1, 0xFF), bor(-256, 15), bxor(-1, 1 <<< 100), bnot(1 <<< 80), (1 <<< 100) >>> 98})
IO.inspect({(1 <<< 100) &&& (1 <<< 100) - 1, band(-(1 <<< 70), (1 <<< 72) - 1)})
IO.inspect({-5 >>> 1, -5 >>> 100, 5 >>> 100, 0 <<< 1000, -(1 <<< 90) >>> 200})
IO.inspect({bnot(-1), bnot(0), bnot(-(1 <<< 64)), bxor(1 <<< 64, 1 <<< 64)})
IO.inspect({bor(1 <<< 64, -1), band(1 <<< 64, -1), bsl(-3, 64), bsr(-(1 <<< 64) - 1, 64)})
IO.inspect(Bitwise.band(7, 3))
IO.inspect(Bitwise.bor(0b1010, 0b0101))
IO.inspect(Bitwise.&&&(3, 5))
IO.inspect(Bitwise.<<<(3, 2))
IO.inspect(Enum.reduce(1..10, 0, &bxor/2))
IO.inspect(Enum.map([1, 2, 3], &bsl(&1, 4)))
IO.inspect(apply(Bitwise, :bnot, [7]))
IO.inspect(apply(Bitwise, :>>>, [256, 4]))
mask = fn flags, bit -> (flags &&& 1 <<< bit) != 0 end
IO.inspect(for bit <- 0..7, mask.(0b10110010, bit), do: bit)
IO.inspect(Integer.to_string(0xDEAD ^^^ 0xBEEF, 16))

for op <- [fn -> band(1, :a) end, fn -> bsl(1.0, 1) end, fn -> bnot("x") end, fn -> 1 ||| 2.0 end] do
  try do
    op.()
  rescue
    e -> IO.inspect(e)
  end
end

for op <- [fn -> 1 <<< (1 <<< 40) end, fn -> bsr(1, -(1 <<< 70)) end] do
  try do
    op.()
  rescue
    e -> IO.inspect(e)
  end
end

IO.inspect({bsl(0, 1 <<< 70), bsr(-7, 1 <<< 70), bsl(7, -(1 <<< 70)), bsr(12345, 1 <<< 33)})
