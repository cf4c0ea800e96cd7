# Float arithmetic with floats and small integers mixed, the overflow to
# infinity that raises, comparisons of floats, and small-integer products
# at the edge of the small range.
defmodule FloatArith do
  def add(a, b), do: a + b
  def sub(a, b), do: a - b
  def mul(a, b), do: a * b
  def lt(a, b), do: a < b
end

IO.inspect(FloatArith.add(1.5, 2))
IO.inspect(FloatArith.add(2, 1.5))
IO.inspect(FloatArith.sub(0.1, 0.3))
IO.inspect(FloatArith.mul(-0.0, 5))
IO.inspect(FloatArith.mul(3, 0.1))
IO.inspect(FloatArith.add(1.0e308, 1.0e308 * -1))
IO.inspect(FloatArith.lt(1.0, 1.0000000000000002))
IO.inspect(FloatArith.lt(-0.0, 0.0))
IO.inspect(-0.0 == 0.0)
IO.inspect(1.0 == 1)
IO.inspect(1.0 === 1)
IO.inspect(FloatArith.add(9007199254740993, 0.0))

for {f, a, b} <- [{:add, 1.0e308, 1.0e308}, {:mul, 1.0e200, 1.0e200}, {:sub, -1.0e308, 1.0e308}, {:add, 1.0, :a}, {:mul, "x", 2.0}] do
  try do
    r =
      case f do
        :add -> FloatArith.add(a, b)
        :sub -> FloatArith.sub(a, b)
        :mul -> FloatArith.mul(a, b)
      end

    IO.inspect(r)
  rescue
    e -> IO.puts("#{f}: #{Exception.message(e)}")
  end
end

# products near the small-integer limit (2^59) and past it
for {a, b} <- [{536_870_912, 536_870_912}, {1_073_741_824, 536_870_912}, {-1_073_741_824, 536_870_912}, {576_460_752_303_423_487, 1}, {576_460_752_303_423_488, -1}, {123_456_789, 987_654_321}, {-7, 0}] do
  IO.inspect(FloatArith.mul(a, b))
  x = a
  IO.inspect(x * b)
end
