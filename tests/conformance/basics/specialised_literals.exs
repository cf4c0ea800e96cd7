# Arithmetic and comparisons against literals, whose specialised handlers
# keep the literal untagged: overflow into bignums, floats, and errors.
defmodule K do
  def dec(n), do: n - 1
  def inc(n), do: n + 7
  def mul(n), do: n * 3
  def lt(n) when n < 5, do: :small
  def lt(_), do: :big
end
big = 576460752303423487
IO.inspect({K.dec(big + 1), K.dec(-big - 1), K.inc(big), K.mul(big), K.dec(1.5), K.inc(2.5), K.mul(0.5)})
IO.inspect({K.dec(-576460752303423488), K.inc(576460752303423480), K.mul(-192153584101141163)})
IO.inspect({K.lt(4), K.lt(5.0), K.lt(:a)})
try do
  K.dec(:a)
rescue
  e -> IO.inspect(e)
end
try do
  K.mul("x")
rescue
  e -> IO.inspect(e)
end
